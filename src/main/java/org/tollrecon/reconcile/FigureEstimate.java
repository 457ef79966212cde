package org.tollrecon.reconcile;

import java.util.List;
import java.util.Optional;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.Qualifier;

/**
 * Reads one incident's reports of one category and unit into a {@link Figure} (DESIGN.md section 4.3).
 *
 * <ul>
 *   <li>{@code low}/{@code high}: the smallest and largest point of the reports that give a number; of the
 *       vague reports only when none does.
 *   <li>{@code consensusLow}/{@code consensusHigh}: the intersection of all reports' intervals, vague ones
 *       included; both null when they do not all intersect.
 *   <li>{@code best}, when there is a consensus: its lowest value that is not below {@code low} (dozens ∩
 *       more than 50 ∩ 78 → 78). Taking the intersection's bare lowest value would put the estimate under
 *       every number said ("nearly 90" alone is [81, 89]: best 89, not 81). When the consensus and
 *       [low, high] share no value, best is the consensus value nearest to them and [low, high] is widened
 *       to include it: "scores" [40, 99] with "at least 30" gives best 40, low 30, high 40, since the
 *       consistent vague report implies at least 40.
 *   <li>{@code best}, without a consensus: the median of the points counted for low/high, less the floors a
 *       larger exact figure meets ("at least three" beside "four"); of an even count,
 *       the higher of the two middle points (the high median). Averaging the two would give a figure no
 *       report said ("four shot" and "two shot" are not three), and of two reports that disagree the
 *       smaller has most often counted only some of the victims: the first people found, those taken to
 *       one hospital.
 * </ul>
 *
 * Thus {@code low <= best <= high} always holds and a consensus always contains best.
 */
final class FigureEstimate {

  private FigureEstimate() {}

  /** The intersection of all reports' intervals; {@code high} null when unbounded. */
  record Consensus(long low, Long high) {
    long highOrMax() {
      return high == null ? Long.MAX_VALUE : high;
    }
  }

  static Figure of(String incidentId, Category category, String unit, int nClaims, List<ReportPoint> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("no reports for " + incidentId + "/" + category.label());
    }
    List<ReportPoint> counted = countedForRange(reports);
    long low = counted.stream().mapToLong(ReportPoint::point).min().orElseThrow();
    long high = counted.stream().mapToLong(ReportPoint::point).max().orElseThrow();
    Optional<Consensus> consensus = consensus(reports);
    long best = consensus.map(c -> nearestTo(c, low, high)).orElseGet(() -> median(toldMost(counted)));
    return new Figure(
        incidentId, category, unit, Math.min(low, best), best, Math.max(high, best),
        consensus.map(Consensus::low).orElse(null), consensus.map(Consensus::high).orElse(null),
        nClaims, reports);
  }

  /**
   * The reports that weigh in the median: a floor ("at least three", "more than 20") that another report's larger
   * exact figure meets agrees with it and tells less, so it is left out: "at least three hurt" and "four hurt"
   * give 4, not a middle between them.
   */
  static List<ReportPoint> toldMost(List<ReportPoint> reports) {
    List<ReportPoint> kept = reports.stream().filter(r -> r.reading().high() != null || reports.stream()
        .noneMatch(o -> o.reading().qualifier() == Qualifier.EXACT && o.point() > r.point())).toList();
    return kept.isEmpty() ? reports : kept;
  }

  /** Reports that give a number; the vague ones only when no report does. */
  static List<ReportPoint> countedForRange(List<ReportPoint> reports) {
    List<ReportPoint> numeric = reports.stream().filter(r -> !r.vague()).toList();
    return numeric.isEmpty() ? reports : numeric;
  }

  static Optional<Consensus> consensus(List<ReportPoint> reports) {
    long low = 0;
    long high = Long.MAX_VALUE;
    boolean bounded = false;
    for (ReportPoint r : reports) {
      low = Math.max(low, r.reading().low());
      if (r.reading().high() != null) {
        high = Math.min(high, r.reading().high());
        bounded = true;
      }
    }
    return low <= high ? Optional.of(new Consensus(low, bounded ? high : null)) : Optional.empty();
  }

  /** The lowest consensus value within [low, high], or the consensus value nearest that range. */
  private static long nearestTo(Consensus c, long low, long high) {
    if (c.low() > high) {
      return c.low();
    }
    if (c.highOrMax() < low) {
      return c.highOrMax();
    }
    return Math.max(c.low(), low);
  }

  private static long median(List<ReportPoint> reports) {
    long[] points = reports.stream().mapToLong(ReportPoint::point).sorted().toArray();
    return points[points.length / 2];
  }
}
