package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.Locale;
import org.tollrecon.extract.Category;

/**
 * Two reports of one incident and category whose intervals do not intersect (DESIGN.md section 4.4): one
 * row of {@code discrepancies.csv}. {@code ratio} is the larger point over the smaller (infinite when the
 * smaller is zero).
 */
public record Discrepancy(
    String incidentId,
    Category category,
    Kind kind,
    Severity severity,
    double ratio,
    ReportPoint a,
    ReportPoint b)
    implements java.io.Serializable {

  /** Conflict between sources, revision by one source over time, or "no casualties" against a toll. */
  public enum Kind {
    CONFLICT,
    REVISION,
    ZERO_VS_POSITIVE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code minor} when the ratio of the two points is under 1.5, else {@code major}. */
  public enum Severity {
    NONE,
    MINOR,
    MAJOR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
