package org.tollrecon.reconcile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tollrecon.extract.NumberReading;

/**
 * One independent report's figure for one incident, category and unit: a (story, attributed source) pair
 * with the summed interval of its disjoint victim groups (DESIGN.md section 4.2). {@code attributedTo} is
 * empty for the outlet's own voice; {@code source} and {@code published} are those of the article whose
 * claims were read; {@code claimIds} are the claims that make up the total. {@code vague} is true when the
 * report gives only a vague quantity ("dozens").
 */
public record ReportPoint(
    String storyId,
    String attributedTo,
    String source,
    LocalDate published,
    NumberReading reading,
    boolean vague,
    List<String> claimIds)
    implements Serializable {

  public ReportPoint {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(reading, "reading");
    claimIds = List.copyOf(claimIds);
    attributedTo = attributedTo == null ? "" : attributedTo.strip();
  }

  public long point() {
    return reading.point();
  }

  /** Whether the figure is the outlet's own voice rather than a cited source's. */
  public boolean outletVoice() {
    return attributedTo.isEmpty();
  }
}
