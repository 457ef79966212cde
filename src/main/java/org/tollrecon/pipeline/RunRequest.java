package org.tollrecon.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tollrecon.ingest.InputFormat;

/**
 * One {@code run}: the inputs (paths or globs), the output folder, the forced input format (empty: by file
 * name), the configuration, and the command line as typed, for {@code run.json}.
 */
public record RunRequest(
    List<String> inputs, String out, Optional<InputFormat> format, RunConfig config, List<String> arguments) {
  public RunRequest {
    inputs = List.copyOf(inputs);
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(config, "config");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input is needed");
    }
  }
}
