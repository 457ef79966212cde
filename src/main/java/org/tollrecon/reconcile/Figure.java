package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.tollrecon.extract.Category;

/**
 * The reconciled figure for one incident, category and unit (DESIGN.md section 4.3): one row of
 * {@code figures.csv}. {@code consensusLow}/{@code consensusHigh} are null when the reports' intervals do
 * not all intersect; {@code consensusHigh} is also null when the intersection has no upper bound.
 * Invariant: {@code low <= best <= high}; a consensus, when there is one, contains {@code best}.
 */
public record Figure(
    String incidentId,
    Category category,
    String unit,
    long low,
    long best,
    long high,
    Long consensusLow,
    Long consensusHigh,
    int nClaims,
    List<ReportPoint> reports)
    implements Serializable {

  public Figure {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(category, "category");
    unit = unit == null ? "people" : unit;
    reports = List.copyOf(reports);
    if (!(low <= best && best <= high)) {
      throw new IllegalArgumentException(
          "figure for " + incidentId + "/" + category + " breaks low<=best<=high: " + low + "," + best + "," + high);
    }
    if (consensusLow == null && consensusHigh != null
        || consensusLow != null && consensusHigh != null && consensusHigh < consensusLow) {
      throw new IllegalArgumentException(
          "figure for " + incidentId + "/" + category + " has a bad consensus " + consensusLow + ".." + consensusHigh);
    }
  }

  public int nReports() {
    return reports.size();
  }
}
