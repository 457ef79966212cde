package org.tollrecon.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.Qualifier;

/**
 * Turns the claims of one incident, category and unit into independent reports (DESIGN.md section 4.2):
 * one per (story, attributed source), the outlet's own voice being the empty source. Copies of one story
 * are one report, read from one article only: the copy with the most claims of this category and unit,
 * then the latest published (a story updated in place), then the smallest article id. A subset of a total
 * among these claims is no report of its own, whoever gives it: "five of the dead were children", said by
 * a monitor after the outlet's toll of 19, tells a part of that toll, not a toll of five. So does a story
 * that speaks of one of the dead by name ("Brown died at the hospital"), when another story counts more dead.
 * Gives the
 * reports ordered by story, then source.
 */
final class IndependentReports {

  private IndependentReports() {}

  /** The identity of an independent report. */
  private record Key(String storyId, String attributedTo) {}

  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparing(Key::storyId).thenComparing(Key::attributedTo);

  /** Copy with most claims first, then latest published (unknown dates last), then smallest id. */
  private static final Comparator<List<AlignedClaim>> PREFERRED_COPY =
      Comparator.comparingInt((List<AlignedClaim> copy) -> copy.size())
          .reversed()
          .thenComparing(
              (List<AlignedClaim> copy) -> copy.get(0).published(),
              Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
          .thenComparing((List<AlignedClaim> copy) -> copy.get(0).claim().articleId());

  static List<ReportPoint> of(List<AlignedClaim> claims) {
    Map<String, CasualtyClaim> byId = claims.stream().map(AlignedClaim::claim)
        .collect(Collectors.toMap(CasualtyClaim::claimId, c -> c, (a, b) -> a));
    Map<Key, List<AlignedClaim>> reports =
        claims.stream()
            .filter(c -> c.claim().subsetOf() == null || !byId.containsKey(c.claim().subsetOf()))
            .collect(Collectors.groupingBy(IndependentReports::keyOf, () -> new TreeMap<>(KEY_ORDER),
            Collectors.toList()));
    List<ReportPoint> points = reports.entrySet().stream().map(e -> report(e.getKey(), e.getValue())).toList();
    List<ReportPoint> kept = points.stream()
        .filter(r -> !aboutOnePerson(r, byId) || points.stream()
            .noneMatch(o -> o.storyId().equals(r.storyId()) && o.point() > r.point()))
        .toList();
    return kept.stream().filter(r -> !oneOfTheDeadCountedElsewhere(r, kept, byId)).toList();
  }

  /**
   * Whether a report names one of the dead ("Chuck Hollis died trying to shield his wife", "the baby died at the
   * scene") while another story counts more dead in an exact figure: a story that follows one victim (a profile, a
   * funeral, a family's words) speaks of that victim, not of the toll, and its one must not outvote the count. A
   * count of one ("a man was killed") stays a report, as do the wounded, whom later stories often count again
   * after some of them died.
   */
  private static boolean oneOfTheDeadCountedElsewhere(ReportPoint r, List<ReportPoint> reports,
      Map<String, CasualtyClaim> byId) {
    return namesOneOfTheDead(r, byId) && reports.stream().anyMatch(o -> !o.storyId().equals(r.storyId())
        && o.point() > r.point() && o.reading().qualifier() == Qualifier.EXACT && !namesOneOfTheDead(o, byId));
  }

  /**
   * A figure of one in a story whose own toll is larger speaks of one of the victims, not of the toll: such a
   * report is a part, as a subset is. So it is when the words name one person ("he died", "Brown was killed,
   * his mother said"), and when a cited source gives it: police describe the man found dead or the victim
   * taken to hospital ("one man died at the scene, police said") in a story that counts all of them. The
   * outlet's own count of one ("a man was killed") stays a report: it is the story's word on the toll.
   */
  private static boolean aboutOnePerson(ReportPoint r, Map<String, CasualtyClaim> byId) {
    return r.point() == 1 && (!r.outletVoice() || r.claimIds().stream().map(byId::get)
        .allMatch(c -> c != null && refersToOne(c.reading().text())));
  }

  private static boolean namesOneOfTheDead(ReportPoint r, Map<String, CasualtyClaim> byId) {
    return r.point() == 1 && r.claimIds().stream().map(byId::get)
        .allMatch(c -> c != null && c.category() == Category.KILLED && refersToOne(c.reading().text()));
  }

  private static boolean refersToOne(String words) {
    String first = words.strip().split("[\\s-]+", 2)[0].toLowerCase(Locale.ROOT);
    return !first.isEmpty() && !Character.isDigit(first.charAt(0))
        && !Set.of("a", "an", "another", "one", "single").contains(first);
  }

  private static Key keyOf(AlignedClaim c) {
    String by = c.claim().attributedTo();
    return new Key(c.storyId(), by == null ? "" : by.strip());
  }

  private static ReportPoint report(Key key, List<AlignedClaim> claims) {
    List<AlignedClaim> copy =
        claims.stream()
            .collect(Collectors.groupingBy(c -> c.claim().articleId()))
            .values().stream()
            .min(PREFERRED_COPY)
            .orElseThrow();
    ReportTotal.SentenceTotal total =
        ReportTotal.of(copy.stream().map(AlignedClaim::claim).toList());
    AlignedClaim first = copy.get(0);
    return new ReportPoint(
        key.storyId(), key.attributedTo(), first.source(), first.published(), total.reading(), total.vague(),
        total.claimIds());
  }
}
