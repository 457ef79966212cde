package org.tollrecon.cli;

import org.tollrecon.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tollrecon} command line. Exit codes: 0 done (even with quarantined records), 2 bad usage or
 * nothing readable, 1 failure.
 */
@Command(
    name = "tollrecon",
    mixinStandardHelpOptions = true,
    versionProvider = TollRecon.VersionProvider.class,
    description = "Extracts casualty claims from news articles, aligns them by incident and reconciles the figures.",
    subcommands = {RunCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class TollRecon {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    // The report chart draws with Java2D; a driver started by spark-submit has no jvm.flags, and a DISPLAY it
    // cannot reach would fail the run at the last step.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new TollRecon())
        .setExitCodeExceptionMapper(FailureExitCodes::of)
        .setExecutionExceptionHandler(new FailureExitCodes());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tollrecon " + Version.current()};
    }
  }
}
