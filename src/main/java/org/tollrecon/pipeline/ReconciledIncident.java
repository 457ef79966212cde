package org.tollrecon.pipeline;

import java.io.Serializable;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.report.IncidentRow;
import org.tollrecon.report.UcdpRow;

/**
 * One incident after reconciliation: its {@code incidents.csv} and {@code ucdp.csv} rows and its figures and
 * discrepancies.
 */
public record ReconciledIncident(IncidentRow row, UcdpRow ucdp, IncidentFigures figures) implements Serializable {}
