package org.tollrecon.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tollrecon.reconcile.ReportPoint;

/**
 * The range chart of {@code report.html}, drawn by JFreeChart into a PNG image: one row per incident (the
 * first at the top) with a bar from the lowest to the highest killed figure, a black tick at the best estimate
 * and one dot per independent report at its point. Dots are coloured by who gave the figure: the most frequent
 * cited sources by name, the outlets' own voice in one colour, every other cited source in grey. The toll axis is
 * logarithmic because tolls of one run span several orders of magnitude; a figure of 0 sits at the left edge.
 * Takes at most {@link #MAX_ROWS} incidents, each with a killed figure.
 */
public final class RangeChart {
  /** Rows the chart holds at most, so that it stays readable on a large run. */
  public static final int MAX_ROWS = 25;

  static final String OWN_VOICE = "outlet's own voice";
  static final String OTHER_SOURCES = "other cited sources";
  private static final int NAMED_SOURCES = 7;
  private static final double AXIS_FLOOR = 0.7;
  /** Layout width in CSS pixels; the page shows the image at this width. */
  static final int WIDTH = 1000;
  /** Device pixels per layout pixel. */
  static final int SCALE = 2;
  private static final int ROW_HEIGHT = 26;
  private static final Color RANGE = new Color(0xB8, 0xC9, 0xDB);
  private static final Color OTHER = new Color(0x9A, 0x9A, 0x9A);
  private static final Color[] PALETTE = {
    new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28), new Color(0x2C, 0xA0, 0x2C),
    new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
    new Color(0xE3, 0x77, 0xC2), new Color(0x17, 0xBE, 0xCF)};

  private RangeChart() {}

  /**
   * The chart as PNG bytes, drawn at {@link #SCALE} times its layout size ({@link #WIDTH} by
   * {@link #height(int)} pixels) so that it stays sharp on high-density screens and when zoomed.
   */
  public static byte[] png(List<ReportedIncident> incidents) {
    int height = height(incidents.size());
    JFreeChart chart = chart(incidents);
    BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("the range chart cannot be encoded", e);
    }
    return bytes.toByteArray();
  }

  /** The rows' names, top to bottom, as the chart labels them. */
  static List<String> rowLabels(List<ReportedIncident> incidents) {
    List<String> labels = new ArrayList<>(incidents.size());
    for (int i = 0; i < incidents.size(); i++) {
      labels.add(rowLabel(i + 1, incidents.get(i).row()));
    }
    return labels;
  }

  static int height(int rows) {
    return 150 + ROW_HEIGHT * Math.max(rows, 1);
  }

  /** The chart model; rows are the incidents in the order given, series as described on the class. */
  static JFreeChart chart(List<ReportedIncident> incidents) {
    if (incidents.stream().anyMatch(i -> i.row().killedBest() == null)) {
      throw new IllegalArgumentException("the range chart draws only incidents with a killed figure");
    }
    if (incidents.size() > MAX_ROWS) {
      throw new IllegalArgumentException("the range chart holds at most " + MAX_ROWS + " incidents, not "
          + incidents.size());
    }
    Map<String, Color> colours = voiceColours(incidents);
    XYPlot plot = new XYPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainAxis(rowAxis(incidents));
    plot.setRangeAxis(tollAxis(incidents));
    plot.setDataset(0, reportDots(incidents, colours.keySet()));
    plot.setRenderer(0, dotRenderer(colours));
    plot.setDataset(1, bests(incidents));
    plot.setRenderer(1, bestRenderer());
    plot.setDataset(2, ranges(incidents));
    plot.setRenderer(2, rangeRenderer());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return chart;
  }

  /** Who gave a report's figure: its cited source, or the outlets' own voice. */
  static String voice(ReportPoint r) {
    return r.outletVoice() ? OWN_VOICE : r.attributedTo();
  }

  /** The legend's colours: the own voice, the most frequent cited sources (ties by name), then the rest. */
  static Map<String, Color> voiceColours(List<ReportedIncident> incidents) {
    Map<String, Long> counts = incidents.stream().flatMap(i -> i.killedReports().stream())
        .map(RangeChart::voice)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Map<String, Color> colours = new LinkedHashMap<>();
    int next = 0;
    if (counts.containsKey(OWN_VOICE)) {
      colours.put(OWN_VOICE, PALETTE[next++]);
    }
    List<String> cited = counts.entrySet().stream().filter(e -> !e.getKey().equals(OWN_VOICE))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    for (String name : cited.subList(0, Math.min(NAMED_SOURCES, cited.size()))) {
      colours.put(name, PALETTE[next++]);
    }
    if (cited.size() > NAMED_SOURCES) {
      colours.put(OTHER_SOURCES, OTHER);
    }
    return colours;
  }

  private static SymbolAxis rowAxis(List<ReportedIncident> incidents) {
    SymbolAxis axis = new SymbolAxis(null, rowLabels(incidents).toArray(String[]::new));
    axis.setInverted(true);
    axis.setGridBandsVisible(true);
    axis.setGridBandPaint(Color.WHITE);
    axis.setGridBandAlternatePaint(new Color(0xF4, 0xF6, 0xF8));
    axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    axis.setLowerBound(-0.5);
    axis.setUpperBound(Math.max(incidents.size(), 1) - 0.5);
    return axis;
  }

  /** The row's name on the chart: its rank in the table, where, when. */
  static String rowLabel(int rank, IncidentRow row) {
    String what = row.location() != null ? row.location()
        : row.eventType() != null ? row.eventType().replace('_', ' ') : "incident";
    if (what.length() > 30) {
      what = what.substring(0, 29) + "…";
    }
    return "#" + rank + " " + what + (row.date() == null ? "" : ", " + row.date());
  }

  /** A log axis with plain thousands-separated tick labels. */
  private static LogarithmicAxis tollAxis(List<ReportedIncident> incidents) {
    double top = incidents.stream()
        .mapToDouble(i -> Math.max(nullToZero(i.row().killedHigh()),
            i.killedReports().stream().mapToLong(ReportPoint::point).max().orElse(0)))
        .max().orElse(1);
    LogarithmicAxis axis = new LogarithmicAxis("killed (log scale)");
    axis.setStrictValuesFlag(false);
    axis.setRange(AXIS_FLOOR, Math.max(top, 10) * 1.4);
    axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
    axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return axis;
  }

  private static XYIntervalSeriesCollection ranges(List<ReportedIncident> incidents) {
    XYIntervalSeries range = new XYIntervalSeries("low–high range");
    for (int i = 0; i < incidents.size(); i++) {
      IncidentRow r = incidents.get(i).row();
      double low = plotted(r.killedLow());
      double high = Math.max(plotted(r.killedHigh()), low * 1.04);
      range.add(i, i - 0.22, i + 0.22, plotted(r.killedBest()), low, high);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(range);
    return data;
  }

  private static XYBarRenderer rangeRenderer() {
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, RANGE);
    return renderer;
  }

  /** The best estimates, as an upright tick of fixed size in pixels, whatever the scale. */
  private static XYSeriesCollection bests(List<ReportedIncident> incidents) {
    XYSeries best = new XYSeries("best estimate", false, true);
    for (int i = 0; i < incidents.size(); i++) {
      best.add(i, plotted(incidents.get(i).row().killedBest()));
    }
    return new XYSeriesCollection(best);
  }

  private static XYLineAndShapeRenderer bestRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesShape(0, new Rectangle2D.Double(-1.5, -11, 3, 22));
    renderer.setLegendShape(0, new Rectangle2D.Double(-1.5, -6, 3, 12));
    return renderer;
  }

  /** One series per voice of the legend; a row's reports are spread a little up and down so they do not hide each other. */
  private static XYSeriesCollection reportDots(List<ReportedIncident> incidents, Iterable<String> voices) {
    Map<String, XYSeries> series = new LinkedHashMap<>();
    for (String v : voices) {
      series.put(v, new XYSeries(v, false, true));
    }
    for (int i = 0; i < incidents.size(); i++) {
      List<ReportPoint> reports = incidents.get(i).killedReports();
      for (int k = 0; k < reports.size(); k++) {
        double offset = reports.size() == 1 ? 0 : -0.3 + 0.6 * k / (reports.size() - 1);
        XYSeries s = series.getOrDefault(voice(reports.get(k)), series.get(OTHER_SOURCES));
        s.add(i + offset, plotted(reports.get(k).point()));
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    series.values().forEach(data::addSeries);
    return data;
  }

  private static XYLineAndShapeRenderer dotRenderer(Map<String, Color> colours) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    List<Color> ordered = new ArrayList<>(colours.values());
    for (int s = 0; s < ordered.size(); s++) {
      renderer.setSeriesPaint(s, ordered.get(s));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
      renderer.setSeriesOutlinePaint(s, Color.WHITE);
      renderer.setSeriesOutlineStroke(s, new BasicStroke(1f));
    }
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);
    return renderer;
  }

  private static double plotted(Long n) {
    return plotted(nullToZero(n));
  }

  private static double plotted(long n) {
    return Math.max(n, AXIS_FLOOR);
  }

  private static long nullToZero(Long n) {
    return n == null ? 0 : n;
  }
}
