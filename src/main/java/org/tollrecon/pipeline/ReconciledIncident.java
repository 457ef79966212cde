package org.tollrecon.pipeline;

import java.io.Serializable;
import java.util.Collection;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.report.IncidentRow;
import org.tollrecon.report.UcdpRow;

/**
 * One incident after reconciliation: its {@code incidents.csv} and {@code ucdp.csv} rows and its figures and
 * discrepancies.
 */
public record ReconciledIncident(IncidentRow row, UcdpRow ucdp, IncidentFigures figures) implements Serializable {
  /** This incident with articles (of {@code stories}) attached to it without claims. */
  public ReconciledIncident withAttached(Collection<String> articleIds, Collection<String> stories) {
    return new ReconciledIncident(row.withAttached(articleIds, stories.size()), ucdp, figures);
  }
}
