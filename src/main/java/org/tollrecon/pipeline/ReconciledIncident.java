package org.tollrecon.pipeline;

import java.io.Serializable;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.report.IncidentRow;

/** One incident after reconciliation: its {@code incidents.csv} row and its figures and discrepancies. */
public record ReconciledIncident(IncidentRow row, IncidentFigures figures) implements Serializable {}
