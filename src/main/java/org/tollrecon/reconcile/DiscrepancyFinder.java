package org.tollrecon.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tollrecon.reconcile.Discrepancy.Kind;
import org.tollrecon.reconcile.Discrepancy.Severity;

/**
 * Finds every pair of reports of one figure whose intervals do not intersect (DESIGN.md section 4.4).
 * Takes a {@link Figure}; gives its discrepancies, each pair once, {@code a} holding the lower point,
 * ordered by {@code a}'s then {@code b}'s point, story and source.
 *
 * <p>Kind: ZERO_VS_POSITIVE when the lower point is 0 (the higher is then positive, since a point lies in
 * its interval); REVISION when both reports come from one source (the same cited source, or the same
 * outlet's own voice) published on different dates, the later revising the earlier; else CONFLICT. A
 * source repeating itself on one day, or on unknown dates, is a conflict: nothing shows a revision.
 * Severity from the ratio of the points, MINOR under 1.5; ZERO_VS_POSITIVE is always MAJOR.
 */
final class DiscrepancyFinder {

  private DiscrepancyFinder() {}

  private static final Comparator<ReportPoint> BY_POINT =
      Comparator.comparingLong(ReportPoint::point)
          .thenComparing(ReportPoint::storyId)
          .thenComparing(ReportPoint::attributedTo);

  static List<Discrepancy> in(Figure figure) {
    List<ReportPoint> reports = figure.reports().stream().sorted(BY_POINT).toList();
    List<Discrepancy> found = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        ReportPoint a = reports.get(i);
        ReportPoint b = reports.get(j);
        if (!a.reading().intersects(b.reading())) {
          found.add(between(figure, a, b));
        }
      }
    }
    return found;
  }

  private static Discrepancy between(Figure figure, ReportPoint a, ReportPoint b) {
    Kind kind = kindOf(a, b);
    double ratio = a.point() == 0 ? Double.POSITIVE_INFINITY : (double) b.point() / a.point();
    Severity severity = kind == Kind.ZERO_VS_POSITIVE ? Severity.MAJOR : Severity.ofRatio(ratio);
    return new Discrepancy(figure.incidentId(), figure.category(), kind, severity, ratio, a, b, figure.unit());
  }

  private static Kind kindOf(ReportPoint a, ReportPoint b) {
    if (a.point() == 0 && b.point() > 0) {
      return Kind.ZERO_VS_POSITIVE;
    }
    boolean datedApart = a.published() != null && b.published() != null && !a.published().equals(b.published());
    return sameSource(a, b) && datedApart ? Kind.REVISION : Kind.CONFLICT;
  }

  /** One cited source, or one outlet speaking for itself. */
  static boolean sameSource(ReportPoint a, ReportPoint b) {
    if (a.outletVoice() != b.outletVoice()) {
      return false;
    }
    return a.outletVoice()
        ? a.source() != null && a.source().equals(b.source())
        : a.attributedTo().equals(b.attributedTo());
  }
}
