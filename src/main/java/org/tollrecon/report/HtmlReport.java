package org.tollrecon.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.tollrecon.reconcile.Discrepancy;

/**
 * {@code report.html}: one self-contained page (no script, no network, no external style or font) with the run
 * summary, the {@link RangeChart} of the incidents with the largest killed figures, and tables of those
 * incidents, the discrepancies and the quarantine counts by reason. The page comes from the Pebble template
 * {@code org/tollrecon/report/report.peb}, which escapes every value for HTML; nothing is printed raw (the chart
 * is a base64 PNG in a {@code data:} URI, its row names repeated as escaped alt text). Takes bounded lists the
 * driver may hold.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** What the page shows; the lists are already cut to what a reader can take in, largest first. */
  public record Content(
      RunManifest manifest,
      long incidentCount,
      List<ReportedIncident> topIncidents,
      long discrepancyCount,
      List<Discrepancy> topDiscrepancies,
      Map<String, Long> quarantineByReason) {}

  /** One row of the incidents table; {@code rank} matches the row labels of the chart. */
  public record IncidentLine(int rank, IncidentRow row, String sources) {}

  /** One row of the discrepancies table, each side written {@code point — attributed_to@source}. */
  public record DiscrepancyLine(
      String incidentId, String category, String kind, String severity, String ratio, String lower,
      String higher) {}

  /** A label and a value of the run summary. */
  public record Fact(String label, String value) {}

  /** The page for {@code content}. */
  public static String render(Content content) {
    List<ReportedIncident> charted = content.topIncidents().stream()
        .filter(i -> i.row().killedBest() != null).limit(RangeChart.MAX_ROWS).toList();
    Map<String, Object> page = new HashMap<>();
    page.put("facts", facts(content.manifest()));
    page.put("incidentCount", content.incidentCount());
    page.put("chartRows", charted.size());
    page.put("chart", charted.isEmpty() ? "" : Base64.getEncoder().encodeToString(RangeChart.png(charted)));
    page.put("chartWidth", RangeChart.WIDTH);
    page.put("chartHeight", RangeChart.height(charted.size()));
    page.put("chartRowLabels", String.join("; ", RangeChart.rowLabels(charted)));
    page.put("incidents", IntStream.range(0, content.topIncidents().size())
        .mapToObj(i -> incidentLine(i + 1, content.topIncidents().get(i))).toList());
    page.put("discrepancyCount", content.discrepancyCount());
    page.put("discrepancies", content.topDiscrepancies().stream().map(HtmlReport::discrepancyLine).toList());
    page.put("quarantine", content.quarantineByReason().entrySet().stream()
        .map(e -> new Fact(e.getKey(), Long.toString(e.getValue()))).toList());
    StringWriter html = new StringWriter(65_536);
    try {
      Templates.PAGE.evaluate(html, page, Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("report.html cannot be rendered", e);
    }
    return html.toString();
  }

  private static List<Fact> facts(RunManifest m) {
    List<Fact> facts = new java.util.ArrayList<>();
    facts.add(new Fact("Version", m.version()));
    facts.add(new Fact("Command", String.join(" ", m.arguments())));
    facts.add(new Fact("Spark", m.master() + " (Spark " + m.sparkVersion() + ")"));
    facts.add(new Fact("Started", m.started()));
    facts.add(new Fact("Finished", m.finished()));
    m.counts().forEach((k, v) -> facts.add(new Fact(k.replace('_', ' '), String.format(Locale.ROOT, "%,d", v))));
    return facts;
  }

  private static IncidentLine incidentLine(int rank, ReportedIncident incident) {
    return new IncidentLine(rank, incident.row(), String.join("; ", incident.row().sources()));
  }

  private static DiscrepancyLine discrepancyLine(Discrepancy d) {
    return new DiscrepancyLine(d.incidentId(), d.category().label(), d.kind().label(), d.severity().label(),
        String.format(Locale.ROOT, "%.2f", d.ratio()),
        d.a().point() + " — " + ContractRows.reportLabel(d.a()),
        d.b().point() + " — " + ContractRows.reportLabel(d.b()));
  }

  /** The compiled template, built once per JVM on first use. */
  private static final class Templates {
    static final PebbleTemplate PAGE = engine().getTemplate("org/tollrecon/report/report.peb");

    private static PebbleEngine engine() {
      return new PebbleEngine.Builder()
          .loader(new ClasspathLoader(HtmlReport.class.getClassLoader()))
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .strictVariables(true)
          .newLineTrimming(true)
          .build();
    }
  }
}
