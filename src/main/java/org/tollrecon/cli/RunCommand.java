package org.tollrecon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tollrecon.ingest.InputFormat;
import org.tollrecon.pipeline.RunConfig;
import org.tollrecon.pipeline.RunRequest;
import org.tollrecon.pipeline.RunSummary;
import org.tollrecon.pipeline.SparkLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollrecon run}: the whole pipeline over the inputs, outputs into one folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline: ingest, dedupe, extract, align, reconcile, report.")
final class RunCommand implements Callable<Integer> {
  /** Input formats as typed on the command line; {@code auto} decides by file name. */
  enum FormatOption { auto, jsonl, text, csv, parquet }

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, folders or globs to read (JSON Lines, .txt folders with metadata.csv, CSV, Parquet).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder; replaced whole, atomically, when the run succeeds.")
  String out;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by file name).")
  FormatOption format;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: as spark-submit says, else local[*]).")
  String master;

  @Option(names = "--config", paramLabel = "FILE", description = "JSON or YAML (.yaml/.yml) file overriding configuration defaults.")
  Path config;

  @Override
  public Integer call() throws Exception {
    RunConfig runConfig = config == null ? RunConfig.defaults() : RunConfig.load(config);
    Optional<InputFormat> forced = format == FormatOption.auto
        ? Optional.empty() : Optional.of(InputFormat.valueOf(format.name().toUpperCase(Locale.ROOT)));
    RunRequest request = new RunRequest(inputs, out, forced, runConfig, spec.commandLine().getParseResult().originalArgs());
    PrintWriter console = spec.commandLine().getOut();
    RunSummary summary = SparkLauncher.run(Optional.ofNullable(master), request,
        (stage, counts, seconds) -> {
          console.printf(Locale.ROOT, "[%s] %s(%.1f s)%n", stage, counts.isEmpty() ? "" : counts + " ", seconds);
          console.flush();
        });
    console.printf(Locale.ROOT, "Done in %.1f s: %d articles read, %d quarantined, %d claims, %d incidents, %d discrepancies.%n",
        summary.seconds(), summary.counts().getOrDefault("articles_read", 0L),
        summary.counts().getOrDefault("records_quarantined", 0L), summary.counts().getOrDefault("claims", 0L),
        summary.counts().getOrDefault("incidents", 0L), summary.counts().getOrDefault("discrepancies", 0L));
    console.printf("Outputs in %s (report.html, claims.csv, incidents.csv, ...).%n", summary.output());
    console.flush();
    return TollRecon.EXIT_OK;
  }
}
