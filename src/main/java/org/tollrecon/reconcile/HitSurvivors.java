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
 * Reads a report's count of the wounded against the deaths the incident's reports tell. A first story says
 * "Girl shot by her brother" or "Five people shot"; a later one says "Girl dies" or "One of five victims
 * dies". The count is of everyone hit: the wounded are those of them who lived. Takes one incident's injured
 * reports (in people), its killed {@code best} and its claims; gives the reports with each such count less
 * the dead. Only exact counts at least as large as the dead are so read, in two cases:
 *
 * <ul>
 *   <li>the report's article tells no death at all, and no report whose article tells deaths gives the same
 *       count (then it stands for the survivors, told by someone who knew of the deaths);
 *   <li>the report's article tells deaths, but its figure is one count of people shot that the article set
 *       against none of them (a {@code casualties} claim of the same words and number, see extraction's
 *       ShotSurvivors): "Brown was one of five people shot" with his death told apart. Extraction keeps no
 *       such claim when a death is told before the count in its sentence ("A man was killed and two women
 *       were shot"): that names other people.
 * </ul>
 *
 * A story that sets its wounded against its dead itself ("a man was killed and a woman was wounded", "four
 * shot, one fatally") is left as it is. Stateless.
 */
final class HitSurvivors {

  private HitSurvivors() {}

  /** One incident's claims, looked up by what the two readings need. */
  private record Told(Map<String, CasualtyClaim> byId, Set<String> articlesWithDeaths, Set<String> countsOfShot) {

    static Told of(List<AlignedClaim> claims) {
      List<CasualtyClaim> all = claims.stream().map(AlignedClaim::claim).toList();
      return new Told(
          all.stream().collect(Collectors.toMap(CasualtyClaim::claimId, Function.identity(), (a, b) -> a)),
          all.stream().filter(c -> c.category() == Category.KILLED && "people".equals(c.unit()))
              .map(CasualtyClaim::articleId).collect(Collectors.toSet()),
          all.stream().filter(c -> c.category() == Category.CASUALTIES).map(Told::place).collect(Collectors.toSet()));
    }

    /** Where a claim's words stand and the number they give: a count and its {@code casualties} twin share it. */
    static String place(CasualtyClaim c) {
      return c.articleId() + "@" + c.charStart() + "=" + c.reading().point();
    }

    String articleOf(ReportPoint r) {
      CasualtyClaim c = r.claimIds().isEmpty() ? null : byId.get(r.claimIds().get(0));
      return c == null ? null : c.articleId();
    }

    /** A single count of people shot that its article set against none of its deaths. */
    boolean countOfShot(ReportPoint r) {
      CasualtyClaim c = r.claimIds().size() == 1 ? byId.get(r.claimIds().get(0)) : null;
      return c != null && countsOfShot.contains(place(c));
    }
  }

  static List<ReportPoint> of(List<ReportPoint> injured, long dead, List<AlignedClaim> claims) {
    if (dead <= 0) {
      return injured;
    }
    Told told = Told.of(claims);
    Set<Long> countedWithDeaths = injured.stream().filter(r -> told.articlesWithDeaths().contains(told.articleOf(r)))
        .map(ReportPoint::point).collect(Collectors.toSet());
    return injured.stream().map(r -> hit(r, dead, told, countedWithDeaths) ? less(r, dead) : r).toList();
  }

  private static boolean hit(ReportPoint r, long dead, Told told, Set<Long> countedWithDeaths) {
    if (r.reading().qualifier() != Qualifier.EXACT || r.point() < dead) {
      return false;
    }
    return told.articlesWithDeaths().contains(told.articleOf(r))
        ? told.countOfShot(r)
        : !countedWithDeaths.contains(r.point());
  }

  private static ReportPoint less(ReportPoint r, long dead) {
    NumberReading lived = NumberReading.exact(r.reading().text(), r.point() - dead);
    return new ReportPoint(r.storyId(), r.attributedTo(), r.source(), r.published(), lived, false, r.claimIds());
  }
}
