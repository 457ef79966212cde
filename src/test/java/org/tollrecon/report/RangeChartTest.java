package org.tollrecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollrecon.report.ReportIncidents.descending;
import static org.tollrecon.report.ReportIncidents.incident;
import static org.tollrecon.report.ReportIncidents.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The range chart: one row per incident, one dot per report, coloured by who gave the figure. */
class RangeChartTest {

  @Test
  void theSvgHoldsOneRowLabelPerIncidentInOrder() {
    String svg = RangeChart.svg(descending(12));
    assertThat(svg).startsWith("<svg").contains("id='range-chart'").endsWith("</svg>");
    int last = -1;
    for (int rank = 1; rank <= 12; rank++) {
      int at = svg.indexOf(">#" + rank + " Town " + (13 - rank) + ", 2020-01-01<");
      assertThat(at).as("row label #%d", rank).isGreaterThan(last);
      last = at;
    }
    assertThat(svg).doesNotContain("#13 ");
  }

  @Test
  void everyReportIsADotOfItsVoiceAndEveryIncidentARange() {
    List<ReportedIncident> incidents = List.of(
        incident("inc-a", "Idlib", 51, 78, 78, report("SOHR", "Dawn", 78), report("", "Dawn", 51)),
        incident("inc-b", "Aleppo", 9, 9, 9, report("", "AP", 9)));
    XYPlot plot = RangeChart.chart(incidents).getXYPlot();
    XYDataset dots = plot.getDataset(0);
    assertThat(dots.getSeriesCount()).isEqualTo(2);
    assertThat(dots.getSeriesKey(0)).isEqualTo(RangeChart.OWN_VOICE);
    assertThat(dots.getItemCount(0)).isEqualTo(2);
    assertThat(dots.getSeriesKey(1)).isEqualTo("SOHR");
    assertThat(dots.getYValue(1, 0)).isEqualTo(78.0);
    assertThat(plot.getDataset(1).getYValue(0, 0)).as("best of the first row").isEqualTo(78.0);
    XYDataset ranges = plot.getDataset(2);
    assertThat(ranges.getItemCount(0)).isEqualTo(2);
    assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("#1 Idlib, 2020-01-01",
        "#2 Aleppo, 2020-01-01");
  }

  @Test
  void sourcesBeyondThePaletteShareOneGreyLegendEntry() {
    List<ReportedIncident> incidents = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      incidents.add(incident("inc-" + i, "Town " + i, 5, 5, 5, report("monitor " + i, "Outlet", 5)));
    }
    JFreeChart chart = RangeChart.chart(incidents);
    XYDataset dots = chart.getXYPlot().getDataset(0);
    assertThat(dots.getSeriesCount()).isEqualTo(8);
    assertThat(dots.getSeriesKey(7)).isEqualTo(RangeChart.OTHER_SOURCES);
    assertThat(dots.getItemCount(7)).isEqualTo(3);
  }

  @Test
  void aZeroFigureIsDrawnAtTheAxisFloorAndTextIsEscaped() {
    String svg = RangeChart.svg(List.of(
        incident("inc-z", "<script>alert(\"x\")</script>", 0, 3, 3, report("a \"spokesman\" <b>", "X", 0),
            report("", "X", 3))));
    assertThat(svg).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;");
  }

  @Test
  void moreRowsThanTheChartHoldsIsRefused() {
    assertThatThrownBy(() -> RangeChart.chart(descending(RangeChart.MAX_ROWS + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + RangeChart.MAX_ROWS);
  }
}
