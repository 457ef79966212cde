package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a count of people "shot" against the deaths the same article tells. "Four people were shot" counts
 * the dead too when the article also says "One man died": the four lump dead and wounded, and the wounded are
 * the three who lived. Takes an article's claims and the ids of its counts of the shot; gives the claims with
 * each such count, where a death is told at or after it, kept as a {@code casualties} figure and followed by
 * the survivors as an {@code injured} figure (the same words, the dead taken off). A count the article's other
 * deaths are not set against here is kept as {@code casualties} too, beside its {@code injured} figure: it
 * states everyone hit, and reconciliation may take the incident's dead off it. Deaths told before the
 * count ("A man was killed and four people were shot") are taken as other people, and deaths told far on or
 * of another kind of event (a round-up's car crash) as another incident. Stateless.
 */
final class ShotSurvivors {
  private static final Set<String> TOLD_APART = Set.of("men", "women", "children");
  // A death told this far after the count is of the same shooting; round-ups tell other deaths further on.
  private static final int NEARBY_CHARS = 600;

  private ShotSurvivors() {}

  static List<CasualtyClaim> split(List<CasualtyClaim> claims, Set<String> shotCounts) {
    if (shotCounts.isEmpty()) {
      return claims;
    }
    List<CasualtyClaim> out = new ArrayList<>(claims.size() + 1);
    for (CasualtyClaim c : claims) {
      if (c.category() == Category.KILLED && c.subsetOf() != null && shotCounts.contains(c.subsetOf())) {
        out.add(c.withSubsetOf(null)); // the dead among the shot are no part of the survivors that keep its id
        continue;
      }
      long dead = shotCounts.contains(c.claimId()) ? deadTold(claims, c) : 0;
      if (!shotCounts.contains(c.claimId()) || c.reading().qualifier() != Qualifier.EXACT
          || dead > c.reading().point()) {
        out.add(c);
        continue;
      }
      if (dead == 0) {
        if (deathToldApart(claims, c)) {
          out.add(as(c, Category.CASUALTIES, c.reading())); // a count of the hit that may hold that death
        }
        out.add(c);
        continue;
      }
      out.add(as(c, Category.CASUALTIES, c.reading()));
      long lived = c.reading().point() - dead;
      // the survivors keep the count's id: its offsets and category are theirs
      if (lived > 0 && !survivorsTold(claims, c, lived)) {
        out.add(new CasualtyClaim(c.claimId(), c.articleId(), c.scope(), c.category(), c.unit(), c.victims(),
            c.victimsText(), c.side(), new NumberReading(c.reading().text(), lived, lived, lived, Qualifier.EXACT),
            c.subsetOf(), c.attributedTo(), c.eventDate(), c.dateText(), c.location(), c.country(), c.locationText(),
            c.eventType(), c.sentence(), c.charStart(), c.charEnd()));
      }
    }
    return List.copyOf(out);
  }

  /** "Six were shot, two killed and four wounded": the sentence counts the survivors itself. */
  private static boolean survivorsTold(List<CasualtyClaim> claims, CasualtyClaim shot, long lived) {
    return claims.stream().anyMatch(k -> k.category() == Category.INJURED && k.sentence().equals(shot.sentence())
        && k.charStart() > shot.charStart() && k.reading().point() == lived && Objects.equals(k.unit(), shot.unit()));
  }

  /**
   * Whether the article tells a death of the same kind of event that this count was not set against: in an
   * earlier sentence ("Man killed in bar shooting" over "Four people were shot") or far on. A death told before
   * the count in its own sentence ("A man was killed and four people were shot") is of another person.
   */
  private static boolean deathToldApart(List<CasualtyClaim> claims, CasualtyClaim shot) {
    return claims.stream().anyMatch(k -> k.category() == Category.KILLED && k.scope() == Scope.INCIDENT
        && Objects.equals(k.unit(), shot.unit()) && sameKindOfEvent(k, shot) && mayBeAmong(k, shot)
        && !(k.sentence().equals(shot.sentence()) && k.charStart() < shot.charStart()));
  }

  /** A death of another kind of event (a round-up's car crash) is of another incident. */
  private static boolean sameKindOfEvent(CasualtyClaim a, CasualtyClaim b) {
    return a.eventType() == null || b.eventType() == null || a.eventType().equals(b.eventType());
  }

  /**
   * Whether the dead may be among the shot: "Three women were shot and a baby boy was killed" names two groups
   * that cannot hold each other, so the baby is no death among the women. Men, women and children are told
   * apart; a group not named, "people" or teenagers may hold anyone.
   */
  private static boolean mayBeAmong(CasualtyClaim dead, CasualtyClaim shot) {
    String a = dead.victims();
    String b = shot.victims();
    return a == null || b == null || a.equals(b) || !TOLD_APART.contains(a) || !TOLD_APART.contains(b);
  }

  /**
   * The largest exact death toll of the incident told at or after the count, 0 when none. The dead told as a
   * part of the count ("Four people were shot and three of them died") are among the shot by their words.
   */
  private static long deadTold(List<CasualtyClaim> claims, CasualtyClaim shot) {
    long dead = 0;
    for (CasualtyClaim k : claims) {
      if (k.category() == Category.KILLED && k.scope() == Scope.INCIDENT
          && (k.subsetOf() == null || k.subsetOf().equals(shot.claimId()))
          && k.reading().qualifier() == Qualifier.EXACT && k.charStart() > shot.charStart()
          && k.charStart() - shot.charStart() <= NEARBY_CHARS && Objects.equals(k.unit(), shot.unit())
          && sameKindOfEvent(k, shot) && mayBeAmong(k, shot)) {
        dead = Math.max(dead, k.reading().point());
      }
    }
    return dead;
  }

  private static CasualtyClaim as(CasualtyClaim c, Category category, NumberReading reading) {
    return new CasualtyClaim(SentenceClaimExtractor.claimId(c.articleId(), c.charStart(), c.charEnd(), category),
        c.articleId(), c.scope(), category, c.unit(), c.victims(), c.victimsText(), c.side(), reading, null,
        c.attributedTo(), c.eventDate(), c.dateText(), c.location(), c.country(), c.locationText(), c.eventType(),
        c.sentence(), c.charStart(), c.charEnd());
  }
}
