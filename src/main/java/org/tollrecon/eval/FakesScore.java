package org.tollrecon.eval;

import java.util.List;
import java.util.Locale;

/**
 * The FA-KES benchmark score of a run (see {@code shared/benchmarks/fakes-syria/README.md}): per gold
 * column, how many positive labelled figures are stated by the killed claims of their article (see
 * {@link StatedFigure}), counting only claims of a fitting victim group ({@code fitting}) or any killed claim
 * ({@code any}), and, as first measured, how many equal the point of any killed claim ({@code anyPoint}); and, over
 * articles with one label row, how often the article's main incident has {@code killed_best} equal to
 * civilians plus non-civilians.
 */
public record FakesScore(List<ColumnRecall> columns, int mainIncidentArticles, int mainIncidentExact) {

  /** Recall of one gold column. */
  public record ColumnRecall(String column, int gold, int fitting, int any, int anyPoint) {
    public double fittingShare() {
      return gold == 0 ? 0 : (double) fitting / gold;
    }

    public double anyShare() {
      return gold == 0 ? 0 : (double) any / gold;
    }

    public double anyPointShare() {
      return gold == 0 ? 0 : (double) anyPoint / gold;
    }
  }

  public FakesScore {
    columns = List.copyOf(columns);
  }

  /** All labelled figures together. */
  public ColumnRecall overall() {
    return new ColumnRecall("all", columns.stream().mapToInt(ColumnRecall::gold).sum(),
        columns.stream().mapToInt(ColumnRecall::fitting).sum(), columns.stream().mapToInt(ColumnRecall::any).sum(),
        columns.stream().mapToInt(ColumnRecall::anyPoint).sum());
  }

  public String describe() {
    StringBuilder s = new StringBuilder("FA-KES: labelled figures stated by the article's killed claims\n");
    for (ColumnRecall c : columns) {
      s.append(line(c));
    }
    s.append(line(overall()));
    s.append(String.format(Locale.ROOT, "  main incident killed_best = civilians + non-civilians: %d/%d = %.3f%n",
        mainIncidentExact, mainIncidentArticles,
        mainIncidentArticles == 0 ? 0.0 : (double) mainIncidentExact / mainIncidentArticles));
    return s.toString();
  }

  private static String line(ColumnRecall c) {
    return String.format(Locale.ROOT, "  %-16s %4d gold   fitting victims %.3f   any killed claim %.3f   (point only %.3f)%n",
        c.column(), c.gold(), c.fittingShare(), c.anyShare(), c.anyPointShare());
  }
}
