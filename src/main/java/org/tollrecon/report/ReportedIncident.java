package org.tollrecon.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.tollrecon.extract.Category;
import org.tollrecon.reconcile.Figure;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.reconcile.ReportPoint;

/**
 * An incident as {@code report.html} shows it: its {@code incidents.csv} row and the independent reports behind
 * its killed figure (in people), one point each, for the range chart. {@code killedReports} is empty when the
 * incident has no killed figure.
 */
public record ReportedIncident(IncidentRow row, List<ReportPoint> killedReports) implements Serializable {

  public ReportedIncident {
    Objects.requireNonNull(row, "row");
    killedReports = List.copyOf(killedReports);
  }

  /** Takes the reports of the killed figure in people from the incident's reconciled figures. */
  public static ReportedIncident of(IncidentRow row, IncidentFigures figures) {
    List<ReportPoint> killed = figures.inPeople(Category.KILLED).map(Figure::reports).orElse(List.of());
    return new ReportedIncident(row, killed);
  }
}
