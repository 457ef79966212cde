package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.List;

/** Everything reconciliation says of one incident: its figures per category and its discrepancies. */
public record IncidentFigures(String incidentId, List<Figure> figures, List<Discrepancy> discrepancies)
    implements Serializable {

  public IncidentFigures {
    figures = List.copyOf(figures);
    discrepancies = List.copyOf(discrepancies);
  }
}
