package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything reconciliation says of one incident: its figures per category and unit, and the
 * discrepancies between their reports. {@link #discrepancyLevel()} gives the {@code discrepancy} column of
 * {@code incidents.csv}.
 */
public record IncidentFigures(String incidentId, List<Figure> figures, List<Discrepancy> discrepancies)
    implements Serializable {

  public IncidentFigures {
    Objects.requireNonNull(incidentId, "incidentId");
    figures = List.copyOf(figures);
    discrepancies = List.copyOf(discrepancies);
  }

  /**
   * The worst severity among the conflicts and zero-against-positive pairs; {@code NONE} when there are
   * none. Revisions alone do not make an incident contested: a toll rising over days is expected.
   */
  public Discrepancy.Severity discrepancyLevel() {
    return discrepancies.stream()
        .filter(Discrepancy::contested)
        .map(Discrepancy::severity)
        .reduce(Discrepancy.Severity.NONE, Discrepancy.Severity::worse);
  }
}
