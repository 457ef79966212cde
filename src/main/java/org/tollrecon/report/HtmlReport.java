package org.tollrecon.report;

import java.util.List;
import java.util.Map;
import org.tollrecon.reconcile.Discrepancy;

/**
 * The first form of {@code report.html}: one self-contained page (no scripts, no network) with the run
 * summary, the incidents with the largest tolls and their ranges, the discrepancies and the quarantine
 * counts. Every piece of article text is HTML-escaped. Takes bounded lists the driver may hold.
 */
public final class HtmlReport {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
          + "margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:14px}"
          + "th{background:#f3f3f3;text-align:left}.num{text-align:right}.bar{position:relative;"
          + "width:220px;height:12px;background:#eee}.bar span{position:absolute;top:0;height:12px;"
          + "background:#b33}.major{color:#b00;font-weight:bold}.minor{color:#a60}";

  private HtmlReport() {}

  /** What the page shows; the lists are already cut to what a reader can take in. */
  public record Content(
      RunManifest manifest,
      long incidentCount,
      List<IncidentRow> topIncidents,
      long discrepancyCount,
      List<Discrepancy> topDiscrepancies,
      Map<String, Long> quarantineByReason) {}

  public static String render(Content c) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>TollRecon report</title>")
        .append("<style>").append(STYLE).append("</style></head><body>\n");
    h.append("<h1>TollRecon report</h1>\n");
    summary(h, c);
    incidents(h, c);
    discrepancies(h, c);
    quarantine(h, c);
    return h.append("</body></html>\n").toString();
  }

  private static void summary(StringBuilder h, Content c) {
    h.append("<h2>Run</h2><table>");
    row(h, "Finished", c.manifest().finished());
    row(h, "Inputs", String.join(" ", c.manifest().arguments()));
    c.manifest().counts().forEach((k, v) -> row(h, k.replace('_', ' '), Long.toString(v)));
    h.append("</table>\n");
  }

  private static void incidents(StringBuilder h, Content c) {
    h.append("<h2>Incidents by toll</h2><p>").append(c.topIncidents().size()).append(" of ")
        .append(c.incidentCount()).append(" incidents, largest killed figure first. The bar spans the lowest to")
        .append(" the highest reported figure on a scale of the largest shown.</p>\n<table><tr><th>Incident</th>")
        .append("<th>Date</th><th>Place</th><th>Killed (low / best / high)</th><th>Range</th>")
        .append("<th>Injured (low / best / high)</th><th>Reports</th><th>Sources</th><th>Discrepancy</th></tr>\n");
    long scale = c.topIncidents().stream().mapToLong(r -> r.killedHigh() == null ? 0 : r.killedHigh()).max().orElse(1);
    for (IncidentRow r : c.topIncidents()) {
      h.append("<tr><td>").append(esc(r.summary())).append("<br><small>").append(esc(r.incidentId()))
          .append("</small></td><td>").append(esc(String.valueOf(r.date()))).append("</td><td>")
          .append(esc(r.location() == null ? "" : r.location())).append("</td><td class=\"num\">")
          .append(triple(r.killedLow(), r.killedBest(), r.killedHigh())).append("</td><td>")
          .append(bar(r.killedLow(), r.killedHigh(), Math.max(scale, 1))).append("</td><td class=\"num\">")
          .append(triple(r.injuredLow(), r.injuredBest(), r.injuredHigh())).append("</td><td class=\"num\">")
          .append(r.nReports()).append("</td><td>").append(esc(String.join("; ", r.sources())))
          .append("</td><td class=\"").append(esc(r.discrepancy())).append("\">").append(esc(r.discrepancy()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void discrepancies(StringBuilder h, Content c) {
    h.append("<h2>Discrepancies</h2><p>").append(c.topDiscrepancies().size()).append(" of ")
        .append(c.discrepancyCount()).append(", largest ratio first.</p>\n<table><tr><th>Incident</th>")
        .append("<th>Category</th><th>Kind</th><th>Severity</th><th>Lower figure</th><th>Higher figure</th></tr>\n");
    for (Discrepancy d : c.topDiscrepancies()) {
      h.append("<tr><td>").append(esc(d.incidentId())).append("</td><td>").append(esc(d.category().label()))
          .append("</td><td>").append(esc(d.kind().label())).append("</td><td class=\"")
          .append(esc(d.severity().label())).append("\">").append(esc(d.severity().label())).append("</td><td>")
          .append(d.a().point()).append(" — ").append(esc(ContractRows.reportLabel(d.a()))).append("</td><td>")
          .append(d.b().point()).append(" — ").append(esc(ContractRows.reportLabel(d.b()))).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void quarantine(StringBuilder h, Content c) {
    h.append("<h2>Quarantine</h2>");
    if (c.quarantineByReason().isEmpty()) {
      h.append("<p>Every input record was processed.</p>\n");
      return;
    }
    h.append("<table><tr><th>Reason</th><th>Records</th></tr>");
    c.quarantineByReason().forEach((k, v) -> row(h, k, Long.toString(v)));
    h.append("</table><p>Details in quarantine.csv.</p>\n");
  }

  private static void row(StringBuilder h, String key, String value) {
    h.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static String triple(Long low, Long best, Long high) {
    return best == null ? "" : low + " / <b>" + best + "</b> / " + high;
  }

  private static String bar(Long low, Long high, long scale) {
    if (low == null || high == null) {
      return "";
    }
    double left = 100.0 * low / scale;
    double width = Math.max(1.0, 100.0 * (high - low) / scale);
    return String.format(java.util.Locale.ROOT,
        "<div class=\"bar\"><span style=\"left:%.1f%%;width:%.1f%%\"></span></div>", left, width);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
