package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.tollrecon.extract.Category;

/**
 * Two reports of one incident, category and unit whose intervals do not intersect (DESIGN.md section 4.4):
 * one row of {@code discrepancies.csv}. {@code a} is the report with the lower point. {@code ratio} is the
 * larger point over the smaller (infinite when the smaller is zero).
 */
public record Discrepancy(
    String incidentId,
    Category category,
    Kind kind,
    Severity severity,
    double ratio,
    ReportPoint a,
    ReportPoint b,
    String unit)
    implements Serializable {

  public Discrepancy {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    unit = unit == null ? "people" : unit;
    if (a.point() > b.point()) {
      throw new IllegalArgumentException(
          "discrepancy in " + incidentId + "/" + category + ": a must hold the lower point, got "
              + a.point() + " > " + b.point());
    }
    if (!(ratio >= 1.0)) {
      throw new IllegalArgumentException("discrepancy in " + incidentId + "/" + category + ": ratio " + ratio);
    }
  }

  /** Whether this discrepancy makes an incident contested: revisions by one source over time do not. */
  public boolean contested() {
    return kind != Kind.REVISION;
  }

  /** Conflict between sources, revision by one source over time, or "no casualties" against a toll. */
  public enum Kind {
    CONFLICT,
    REVISION,
    ZERO_VS_POSITIVE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code minor} when the ratio of the two points is under 1.5, else {@code major}; ordered by gravity. */
  public enum Severity {
    NONE,
    MINOR,
    MAJOR;

    /** The threshold of DESIGN.md section 4.4: {@code major} from a ratio of 1.5. */
    public static Severity ofRatio(double ratio) {
      return ratio < 1.5 ? MINOR : MAJOR;
    }

    public Severity worse(Severity other) {
      return compareTo(other) >= 0 ? this : other;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
