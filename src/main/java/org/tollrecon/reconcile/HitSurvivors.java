package org.tollrecon.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;

/**
 * Reads an early report's count of the wounded against the deaths later reports of the same incident tell.
 * A first story says "Girl shot by her brother" or "Five people shot"; a later one says "Girl dies" or "One of
 * five victims dies". The first story's count is of everyone hit, as it stood when written: the wounded are
 * those of them who lived. Takes one incident's injured reports (in people), its killed {@code best} and its
 * claims; gives the reports with each such count less the dead.
 *
 * <p>A report's count is so read only when its article tells no death at all (a story that tells one has
 * already set its wounded against it, as "a man was killed and a woman was shot" does) and no report whose
 * article tells the deaths gives the same count of wounded (then the count stands for the survivors, told by
 * someone who knew of the deaths). Only exact counts at least as large as the dead are read so. Stateless.
 */
final class HitSurvivors {

  private HitSurvivors() {}

  static List<ReportPoint> of(List<ReportPoint> injured, long dead, List<AlignedClaim> claims) {
    if (dead <= 0) {
      return injured;
    }
    Map<String, CasualtyClaim> byId = claims.stream().map(AlignedClaim::claim)
        .collect(Collectors.toMap(CasualtyClaim::claimId, Function.identity(), (a, b) -> a));
    Set<String> tellDeath = claims.stream().map(AlignedClaim::claim)
        .filter(c -> c.category() == Category.KILLED && "people".equals(c.unit()))
        .map(CasualtyClaim::articleId).collect(Collectors.toSet());
    Set<Long> toldWithDeaths = injured.stream().filter(r -> tellDeath.contains(articleOf(r, byId)))
        .map(ReportPoint::point).collect(Collectors.toSet());
    return injured.stream()
        .map(r -> r.reading().qualifier() == Qualifier.EXACT && r.point() >= dead
            && !tellDeath.contains(articleOf(r, byId)) && !toldWithDeaths.contains(r.point()) ? less(r, dead) : r)
        .toList();
  }

  /** The article the report was read from: all claims of one report come from one copy of its story. */
  private static String articleOf(ReportPoint r, Map<String, CasualtyClaim> byId) {
    CasualtyClaim c = r.claimIds().isEmpty() ? null : byId.get(r.claimIds().get(0));
    return c == null ? null : c.articleId();
  }

  private static ReportPoint less(ReportPoint r, long dead) {
    NumberReading lived = NumberReading.exact(r.reading().text(), r.point() - dead);
    return new ReportPoint(r.storyId(), r.attributedTo(), r.source(), r.published(), lived, false, r.claimIds());
  }
}
