package org.tollrecon.cli;

import org.tollrecon.pipeline.NothingReadableException;
import picocli.CommandLine;

/**
 * Turns failures into exit codes a scheduler can act on, with a message instead of a stack trace for the
 * failures a user can fix: 2 for bad usage or nothing readable, 1 for anything else.
 */
final class FailureExitCodes implements CommandLine.IExecutionExceptionHandler {
  static int of(Throwable t) {
    if (t instanceof NothingReadableException
        || t instanceof IllegalArgumentException
        || t instanceof java.nio.file.NoSuchFileException
        || t instanceof CommandLine.ParameterException) {
      return TollRecon.EXIT_USAGE;
    }
    return TollRecon.EXIT_FAILURE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    int code = of(e);
    cmd.getErr().println("tollrecon: " + (code == TollRecon.EXIT_USAGE ? "" : "failed: ") + e.getMessage());
    if (code == TollRecon.EXIT_FAILURE) {
      e.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return code;
  }
}
