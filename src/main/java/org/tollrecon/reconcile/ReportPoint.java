package org.tollrecon.reconcile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tollrecon.extract.NumberReading;

/**
 * One independent report's figure for one incident and category: a (story, attributed source) pair with
 * the summed interval of its disjoint victim groups. {@code attributedTo} is empty for the outlet's own
 * voice. {@code vague} is true when the report gives only a vague quantity ("dozens").
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
    claimIds = List.copyOf(claimIds);
    attributedTo = attributedTo == null ? "" : attributedTo;
  }

  public long point() {
    return reading.point();
  }
}
