package org.tollrecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollrecon.report.ReportIncidents.descending;
import static org.tollrecon.report.ReportIncidents.incident;
import static org.tollrecon.report.ReportIncidents.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The range chart: one row per incident, one dot per report, coloured by who gave the figure. */
class RangeChartTest {

  @Test
  void thePngIsTheChartAtTwiceItsLayoutSizeWithOneRowPerIncidentInOrder() throws IOException {
    List<ReportedIncident> incidents = descending(12);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(RangeChart.png(incidents)));
    assertThat(image.getWidth()).isEqualTo(RangeChart.WIDTH * RangeChart.SCALE);
    assertThat(image.getHeight()).isEqualTo(RangeChart.height(12) * RangeChart.SCALE);
    assertThat(colours(image)).as("bars, dots, ticks and text are drawn").isGreaterThan(20);
    List<String> labels = RangeChart.rowLabels(incidents);
    assertThat(labels).hasSize(12).startsWith("#1 Town 12, 2020-01-01").endsWith("#12 Town 1, 2020-01-01");
    assertThat(((SymbolAxis) RangeChart.chart(incidents).getXYPlot().getDomainAxis()).getSymbols())
        .containsExactlyElementsOf(labels);
  }

  private static int colours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
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
  void aZeroFigureIsDrawnAtTheAxisFloor() {
    XYPlot plot = RangeChart.chart(List.of(
        incident("inc-z", "Hama", 0, 3, 3, report("a spokesman", "X", 0), report("", "X", 3)))).getXYPlot();
    double floor = plot.getRangeAxis().getLowerBound();
    XYDataset dots = plot.getDataset(0);
    double lowest = Double.MAX_VALUE;
    for (int s = 0; s < dots.getSeriesCount(); s++) {
      for (int i = 0; i < dots.getItemCount(s); i++) {
        lowest = Math.min(lowest, dots.getYValue(s, i));
      }
    }
    assertThat(lowest).isGreaterThanOrEqualTo(floor).isLessThan(1.0);
  }

  @Test
  void moreRowsThanTheChartHoldsIsRefused() {
    assertThatThrownBy(() -> RangeChart.chart(descending(RangeChart.MAX_ROWS + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + RangeChart.MAX_ROWS);
  }
}
