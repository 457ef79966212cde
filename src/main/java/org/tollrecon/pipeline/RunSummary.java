package org.tollrecon.pipeline;

import java.util.Map;

/** What a finished run did: the counts of {@code run.json} and where the outputs are. */
public record RunSummary(Map<String, Long> counts, double seconds, String output) {
  public RunSummary {
    counts = Map.copyOf(counts);
  }
}
