package org.tollrecon.pipeline;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.align.IncidentAligner;

/**
 * Alignment (DESIGN.md section 1.4): groups claims by story and lets {@link IncidentAligner} give each its
 * incident. Incident ids derive from content, so claims of different stories about the same place and day
 * meet in one incident without any pairwise comparison.
 */
final class AlignStage {
  private AlignStage() {}

  static Dataset<AlignedClaim> align(Dataset<AlignedClaim> claims) {
    return claims
        .groupByKey((MapFunction<AlignedClaim, String>) AlignedClaim::storyId, Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, AlignedClaim, AlignedClaim>) (story, it) -> {
              java.util.List<AlignedClaim> list = new java.util.ArrayList<>();
              it.forEachRemaining(list::add);
              return IncidentAligner.alignStory(list).iterator();
            },
            DomainEncoders.ALIGNED);
  }
}
