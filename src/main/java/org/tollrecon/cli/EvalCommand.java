package org.tollrecon.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tollrecon.eval.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollrecon eval}: scores a finished run against a benchmark's gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score a run's outputs against a benchmark gold file (GVC incidents.csv or FA-KES labels.csv).")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR", description = "The --out folder of a run.")
  Path run;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The gold file, or the benchmark folder holding it.")
  Path gold;

  @Override
  public Integer call() throws Exception {
    spec.commandLine().getOut().print(Benchmark.score(run, gold));
    spec.commandLine().getOut().flush();
    return TollRecon.EXIT_OK;
  }
}
