package org.tollrecon.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;

/**
 * The total one report gives, read from the claims of one article (one category and unit, one cited
 * source or the outlet's own voice). Takes those claims; gives the chosen reading and the ids of the
 * claims it sums.
 *
 * <p>Articles repeat a figure (headline, lede, caption), so figures are summed only within one sentence,
 * where "13 government forces were killed and seven Asayesh fighters" names disjoint groups. A claim that
 * is an "including" subset of another claim of the same article, category and unit is never summed; a
 * subset whose total counts something else ("10 dead among 34 casualties") stands alone. Within a
 * sentence, a claim identical to one already taken (same words, victims and interval) is dropped: that is
 * a sentence repeated in the text, not a second group; so is the same figure of two or more of the same
 * people said again in other words ("Air raids kill 31 jihadists ... At least 31 militants were killed").
 * Across sentences a numeric total wins over a vague one, then the earliest in the text: headline and lede state the incident's toll, while later sentences
 * go into parts of it, earlier or nearby shootings and yearly tallies, whose larger figures are not this
 * incident's toll. Figures of separate sentences are never added: most restate or break down the
 * same toll, so adding them counts people twice far more often than it finds one more.
 */
final class ReportTotal {

  private ReportTotal() {}

  /** A sentence's sum and the claims in it; {@code offset} is where its first figure starts. */
  record SentenceTotal(NumberReading reading, List<String> claimIds, int offset) {
    boolean vague() {
      return reading.qualifier() == Qualifier.VAGUE;
    }
  }

  private static final Comparator<SentenceTotal> MOST_INFORMATIVE =
      Comparator.comparing(SentenceTotal::vague).thenComparingInt(SentenceTotal::offset);

  static SentenceTotal of(List<CasualtyClaim> articleClaims) {
    if (articleClaims.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one claim");
    }
    return bySentence(counted(articleClaims)).values().stream()
        .map(ReportTotal::sentenceTotal)
        .min(MOST_INFORMATIVE)
        .orElseThrow();
  }

  /** Drops subsets whose total is among these claims; keeps all if that leaves none (a subset cycle). */
  private static List<CasualtyClaim> counted(List<CasualtyClaim> claims) {
    Set<String> ids = claims.stream().map(CasualtyClaim::claimId).collect(Collectors.toSet());
    List<CasualtyClaim> kept =
        claims.stream().filter(c -> c.subsetOf() == null || !ids.contains(c.subsetOf())).toList();
    return kept.isEmpty() ? claims : kept;
  }

  private static Map<String, List<CasualtyClaim>> bySentence(List<CasualtyClaim> claims) {
    Map<String, List<CasualtyClaim>> sentences = new LinkedHashMap<>();
    claims.stream()
        .sorted(Comparator.comparingInt(CasualtyClaim::charStart).thenComparing(CasualtyClaim::claimId))
        .forEach(c -> sentences.computeIfAbsent(c.sentence(), s -> new ArrayList<>()).add(c));
    return sentences;
  }

  private static SentenceTotal sentenceTotal(List<CasualtyClaim> sentenceClaims) {
    Map<List<Object>, CasualtyClaim> distinct = new LinkedHashMap<>();
    for (CasualtyClaim c : sentenceClaims) {
      if (distinct.values().stream().noneMatch(taken -> restates(c, taken))) {
        distinct.putIfAbsent(groupIdentity(c), c);
      }
    }
    List<CasualtyClaim> parts = List.copyOf(distinct.values());
    NumberReading sum = IntervalSum.of(parts.stream().map(CasualtyClaim::reading).toList());
    List<String> ids = parts.stream().map(CasualtyClaim::claimId).toList();
    return new SentenceTotal(sum, ids, parts.get(0).charStart());
  }

  /**
   * A figure of two or more people said again in one sentence in other words: a headline run into its lede
   * ("Air raids kill 31 jihadists ... At least 31 Islamic State militants were killed") or a toll and its
   * gloss. The same number of the same people (or of people unnamed) whose readings overlap is one group.
   * Single people are never so merged ("a man was shot in the leg and a man in the arm" are two), nor a
 * group told apart ("two men were hurt and two others").
   */
  private static boolean restates(CasualtyClaim c, CasualtyClaim taken) {
    NumberReading a = c.reading();
    NumberReading b = taken.reading();
    return a.point() >= 2 && a.point() == b.point() && !toldApart(c) && sameOrUnnamed(c.victims(), taken.victims())
        && a.low() <= (b.high() == null ? Long.MAX_VALUE : b.high())
        && b.low() <= (a.high() == null ? Long.MAX_VALUE : a.high());
  }

  /** "two others", "another two": a group the sentence sets apart from the one before. */
  private static boolean toldApart(CasualtyClaim c) {
    String words = (Objects.toString(c.victimsText(), "") + " " + c.reading().text()).toLowerCase(Locale.ROOT);
    return words.contains("other") || words.contains("more");
  }

  private static boolean sameOrUnnamed(String a, String b) {
    return a == null || b == null || a.equals("people") || b.equals("people") || a.equals(b);
  }

  /** What makes two claims of one sentence the same group said twice. */
  private static List<Object> groupIdentity(CasualtyClaim c) {
    NumberReading r = c.reading();
    return Arrays.asList(
        c.victims(), c.victimsText(), c.side(), r.text(), r.low(), r.high(), r.point(), r.qualifier());
  }
}
