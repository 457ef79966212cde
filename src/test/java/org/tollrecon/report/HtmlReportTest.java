package org.tollrecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.report.ReportIncidents.descending;
import static org.tollrecon.report.ReportIncidents.incident;
import static org.tollrecon.report.ReportIncidents.manifest;
import static org.tollrecon.report.ReportIncidents.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tollrecon.extract.Category;
import org.tollrecon.reconcile.Discrepancy;
import org.tollrecon.reconcile.ReportPoint;

/** report.html: self-contained, every piece of article text escaped, the chart bounded and counted. */
class HtmlReportTest {
  private static final String HOSTILE = "<script>alert(\"pwned\")</script> O'Brien & \"co\"";

  private static HtmlReport.Content content(List<ReportedIncident> incidents, List<Discrepancy> discrepancies,
      Map<String, Long> quarantine) {
    return new HtmlReport.Content(manifest(), 1_800, incidents, discrepancies.size(), discrepancies, quarantine);
  }

  @Test
  void articleTextInSummarySourceAndQuarantineReasonComesOutEscaped() {
    ReportPoint low = report(HOSTILE, "<img src=x onerror=alert(1)>", 3);
    ReportPoint high = report("", "Dawn", 30);
    ReportedIncident hostile = incident("inc-x", HOSTILE, 3, 30, 30, low, high);
    Discrepancy d = new Discrepancy("inc-x", Category.KILLED, Discrepancy.Kind.CONFLICT, Discrepancy.Severity.MAJOR,
        10.0, low, high, "people");

    String html = HtmlReport.render(content(List.of(hostile), List.of(d), Map.of("malformed_json<script>\"", 2L)));

    assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("\"pwned\"")
        .doesNotContain("O'Brien");
    assertThat(html).contains("Airstrike in &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; O&#39;Brien &amp;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("malformed_json&lt;script&gt;&quot;");
  }

  @Test
  void thePageIsSelfContained() {
    String html = HtmlReport.render(content(descending(3), List.of(), Map.of()));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<img src=\"data:image/png;base64,")
        .contains("Every input record was processed.");
    assertThat(html).doesNotContainPattern("<(script|link|iframe)\\b").doesNotContainPattern("<img (?!src=\"data:)")
        .doesNotContainPattern("(src|href)=\"(https?:)?//")
        .doesNotContain("@import").doesNotContainPattern("url\\((?!#)");
  }

  @Test
  void theChartShowsOneRowPerShownIncidentAndSaysHowManyOfHowMany() {
    String html = HtmlReport.render(content(descending(40), List.of(), Map.of()));
    String alt = chartAlt(html);
    Matcher rows = Pattern.compile("#(\\d+) Town \\d+, 2020-01-01").matcher(alt);
    int n = 0;
    while (rows.find()) {
      n++;
      assertThat(Integer.parseInt(rows.group(1))).isEqualTo(n);
    }
    assertThat(n).isEqualTo(RangeChart.MAX_ROWS);
    assertThat(html).contains("The chart shows the 25 incidents with the largest best killed figure, of\n1,800");
    assertThat(html).contains("40 of 1,800 incidents");
  }

  @Test
  void anIncidentWithoutAKilledFigureIsListedButNotCharted() {
    List<ReportedIncident> incidents = new java.util.ArrayList<>(descending(2));
    incidents.add(ReportIncidents.withoutKilled("inc-w", "Hama"));
    String html = HtmlReport.render(content(incidents, List.of(), Map.of()));
    assertThat(chartAlt(html)).contains("#2 Town 1").doesNotContain("Hama");
    assertThat(html).contains("The chart shows the 2 incidents").contains("Incident in Hama");
  }

  @Test
  void aRunWithoutIncidentsStillRenders() {
    String html = HtmlReport.render(content(List.of(), List.of(), Map.of("empty_text", 4L)));
    assertThat(html).contains("No incident has a figure to draw.").doesNotContain("<img").contains("empty_text");
  }

  /** The chart's alt text, which names its rows top to bottom. */
  private static String chartAlt(String html) {
    int at = html.indexOf("alt=\"Range chart");
    return html.substring(at, html.indexOf('"', at + 5));
  }
}
