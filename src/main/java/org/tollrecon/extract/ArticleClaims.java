package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gathers the claims of one article in reading order and keeps each statement once: a figure repeated in
 * headline, lede and caption is one statement, and a person first "shot" and later told dead ("He later died
 * at the hospital") is one death, not a wounding and a death. Not thread-safe: one instance per article.
 */
final class ArticleClaims {
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*"); // "Cole", "Ann Cole"
  private static final Pattern SELF_HARM = Pattern.compile("\\b(?:" + String.join("|", SelfKilling.SELF) + ")\\b");
  private final List<CasualtyClaim> kept = new ArrayList<>();
  private final List<Boolean> onePerson = new ArrayList<>();
  private final Map<String, String> replacedBy = new HashMap<>();
  private final Set<String> shotCounts = new HashSet<>();
  private final Set<String> parts = new HashSet<>();
  private final Set<String> onlyParts = new HashSet<>();
  private final Set<String> alsoHarmed = new HashSet<>();

  /**
   * Adds a claim read from the text. {@code refersBack}: the claim is about one person named by a pronoun, a
   * name or a definite noun ("he", "Brown", "the victim"), so it may be someone already counted.
   */
  void add(CasualtyClaim claim, boolean single, boolean refersBack) {
    CasualtyClaim c = remapSubset(claim);
    int twin = repeatOf(c, refersBack);
    if (twin >= 0) {
      replacedBy.put(c.claimId(), kept.get(twin).claimId());
      if (kept.get(twin).victims() == null && c.victims() != null) {
        kept.set(twin, withVictimsOf(kept.get(twin), c)); // "Thirty killed ... Thirty civilians were killed"
      }
      return;
    }
    if (refersBack && c.category() == Category.KILLED && isOne(c)) {
      dropLatestWoundingOfOne(c); // "A man was shot ... He died": the wounding was the start of the death
    }
    if (refersBack && c.category() == Category.INJURED && isOne(c) && told(Category.KILLED, c.scope())
        && !told(Category.INJURED, c.scope())
        && !(alsoHarmed.contains(c.claimId()) && !pronoun(c))
        && kept.stream().noneMatch(k -> k.category() == Category.KILLED && namedBesideTheDead(c, k))) {
      return; // "Brown was killed ... He was shot twice": how he died, not a second person hurt
    }
    kept.add(c);
    onePerson.add(single || isOne(c));
  }

  /**
   * Marks a claim of one person told as harmed besides someone else ("A woman was also hit", "Another man was
   * also shot"): that wounding is no one told dead elsewhere in the article. Marked before {@link #add}, so that
   * "The woman's boyfriend was also shot" after a death is kept as one more person hurt.
   */
  void harmedBesides(String claimId) {
    alsoHarmed.add(claimId);
  }

  /** Marks a kept count as one of people "shot", which may include the dead (see {@link ShotSurvivors}). */
  void countsEveryoneShot(String claimId) {
    shotCounts.add(claimId);
  }

  /** The category of the last toll kept so far that is no part of another, or null. */
  Category lastTollCategory() {
    for (int i = kept.size() - 1; i >= 0; i--) {
      CasualtyClaim c = kept.get(i);
      if (c.subsetOf() == null && !parts.contains(c.claimId()) && c.category() != null) {
        return c.category();
      }
    }
    return null;
  }

  /**
   * Marks a kept count as a part of a toll told before it ("Five of the dead were children"): it becomes a
   * subset of the nearest earlier total that can hold it. {@code onlyAsPart}: its category was taken from the
   * toll told ("Among the victims were five children"), so with no total to hold it, it tells nothing.
   */
  void partOfToldToll(String claimId, boolean onlyAsPart) {
    parts.add(claimId);
    if (onlyAsPart) {
      onlyParts.add(claimId);
    }
  }

  /**
   * The kept claims. A wounding of one person is left out when the article tells the death of one person who
   * may be the same (a compatible group): local news says "was shot" of the victim it also reports dead, and
   * a second, surviving victim is nearly always told apart ("another man", "a woman was also hurt", or beside
   * the dead in one sentence: "3 dead, 1 hurt").
   */
  List<CasualtyClaim> claims() {
    List<CasualtyClaim> deaths = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i).category() == Category.KILLED && onePerson.get(i) && isOne(kept.get(i))) {
        deaths.add(kept.get(i));
      }
    }
    List<CasualtyClaim> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      CasualtyClaim k = kept.get(i);
      boolean sameDead = k.category() == Category.INJURED && onePerson.get(i) && isOne(k) && k.subsetOf() == null
          && !k.reading().text().equalsIgnoreCase("another") // "and another injured": told apart
          && !toldApart(k)
          && deaths.stream().anyMatch(death -> mayBeTheDead(k, death));
      if (!sameDead) {
        out.add(k);
      }
    }
    return withParts(ShotSurvivors.split(List.copyOf(out), everyoneHit(out)));
  }

  /**
   * The counts of the shot, and the counts of the wounded that a death is told as a part of ("Five people were
   * injured and two of them later died"): those five are everyone hurt, the dead among them, as a count of the
   * shot is.
   */
  private Set<String> everyoneHit(List<CasualtyClaim> claims) {
    Set<String> out = new HashSet<>(shotCounts);
    for (CasualtyClaim k : claims) {
      if (k.category() == Category.KILLED && k.subsetOf() != null) {
        claims.stream().filter(total -> total.claimId().equals(k.subsetOf()) && total.category() == Category.INJURED)
            .forEach(total -> out.add(total.claimId()));
      }
    }
    return out;
  }

  /**
   * Makes each marked part a subset of the nearest earlier total of its category, unit and scope that is as
   * large and whose people may hold it ("civilians" hold "children"; "fighters" do not). A part with no such
   * total stands as told, unless its category was only taken from the toll. Done after {@link ShotSurvivors}:
   * "Three of the victims died" after "Four people were shot" is first the count of the dead among the shot.
   */
  private List<CasualtyClaim> withParts(List<CasualtyClaim> claims) {
    List<CasualtyClaim> out = new ArrayList<>(claims);
    for (int i = 0; i < out.size(); i++) {
      CasualtyClaim part = out.get(i);
      if (!parts.contains(part.claimId()) || part.subsetOf() != null) {
        continue;
      }
      int total = i - 1;
      while (total >= 0 && !holds(out.get(total), part)) {
        total--;
      }
      if (total >= 0) {
        out.set(i, part.withSubsetOf(out.get(total).claimId()));
      } else if (onlyParts.contains(part.claimId())) {
        out.remove(i--);
      }
    }
    return out;
  }

  private boolean holds(CasualtyClaim total, CasualtyClaim part) {
    return !parts.contains(total.claimId()) && total.subsetOf() == null && total.category() == part.category()
        && total.scope() == part.scope() && Objects.equals(total.unit(), part.unit())
        && total.reading().point() >= part.reading().point()
        && (total.victims() == null || Set.of("people", "civilians").contains(total.victims())
            || total.victims().equals(part.victims()));
  }

  /**
   * Whether one wounded person may be the one told dead: a compatible group, and not a name the death's sentence
   * gives to someone else ("Ann Cole is charged with the murder of her daughter" then "Cole was taken to a
   * hospital": the mother is not the daughter). A death of another scope, such as one in the headline of another
   * story linked below the article, is someone else.
   */
  private static boolean mayBeTheDead(CasualtyClaim wounding, CasualtyClaim death) {
    return wounding.scope() == death.scope()
        && compatible(death.victims(), wounding.victims()) && !namedBesideTheDead(wounding, death);
  }

  /**
   * Whether the wounded is told by a name that the death's sentence gives to another. Not for one who shot
   * himself: a killer's own shot after a killing is mostly his death, told in the article's toll.
   */
  private static boolean namedBesideTheDead(CasualtyClaim wounding, CasualtyClaim death) {
    String name = wounding.victimsText();
    if (wounding.victims() != null || name == null || !NAME.matcher(name).matches() || pronoun(wounding)
        || SELF_HARM.matcher(wounding.sentence()).find()) {
      return false;
    }
    Pattern surname = Pattern.compile("\\b" + Pattern.quote(name.substring(name.lastIndexOf(' ') + 1)) + "\\b");
    return surname.matcher(death.sentence()).find()
        && (death.victimsText() == null || !surname.matcher(death.victimsText()).find());
  }

  /** Groups that can name one person: unknown, "people", or the same; a boy and a teenager may be one. */
  private static boolean compatible(String a, String b) {
    if (a == null || b == null || a.equals("people") || b.equals("people") || a.equals(b)) {
      return true;
    }
    return Set.of("children", "teenagers").containsAll(List.of(a, b));
  }

  /** The index of an earlier claim telling the same figure of the same people, or -1. */
  private int repeatOf(CasualtyClaim c, boolean refersBack) {
    if (isOne(c) && !refersBack) {
      return -1; // "a man was killed ... a woman was killed": two people, each counted once
    }
    for (int i = 0; i < kept.size(); i++) {
      CasualtyClaim k = kept.get(i);
      if (k.category() == c.category() && k.scope() == c.scope() && k.reading().point() == c.reading().point()
          && k.reading().qualifier() == c.reading().qualifier() && Objects.equals(k.unit(), c.unit())
          && Objects.equals(k.subsetOf(), c.subsetOf()) && Objects.equals(k.attributedTo(), c.attributedTo())
          && sameGroup(k.victims(), c.victims())) {
        return i;
      }
    }
    return -1;
  }

  /** A pronoun or a name has no group of its own: it matches whatever group the first telling gave. */
  private static boolean sameGroup(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /**
   * A boy wounded is not the woman later told dead: only a wounding of a compatible group is dropped, and not one
   * told beside a death in its own sentence ("3 dead, 1 hurt"), which sets the wounded apart from the dead.
   */
  private void dropLatestWoundingOfOne(CasualtyClaim death) {
    for (int i = kept.size() - 1; i >= 0; i--) {
      CasualtyClaim k = kept.get(i);
      if (k.category() == Category.INJURED && isOne(k) && onePerson.get(i) && k.subsetOf() == null
          && mayBeTheDead(k, death) && !toldApart(k)) {
        replacedBy.put(k.claimId(), null);
        kept.remove(i);
        onePerson.remove(i);
        return;
      }
    }
  }

  /**
   * A wounding told apart from the dead: "A woman was also hit", or beside a death in its own sentence ("3 dead,
   * 1 hurt").
   */
  private boolean toldApart(CasualtyClaim wounding) {
    return alsoHarmed.contains(wounding.claimId()) || toldBesideDeath(wounding);
  }

  /**
   * Whether the sentence of this wounding also tells a death in other words: "3 dead, 1 hurt", "a woman was killed
   * and a man wounded". Not when either is a pronoun ("Brown died after he was taken to a hospital") or both
   * are read from one noun phrase ("the fatal shooting of a girl who was struck"): then one person is told twice.
   */
  private boolean toldBesideDeath(CasualtyClaim wounding) {
    return !pronoun(wounding) && kept.stream().anyMatch(k -> k.category() == Category.KILLED
        && k.sentence().equals(wounding.sentence()) && k.charStart() != wounding.charStart() && !pronoun(k));
  }

  private static boolean pronoun(CasualtyClaim c) {
    return PERSONAL_PRONOUNS.contains(c.reading().text().toLowerCase(Locale.ROOT));
  }

  private boolean told(Category category, Scope scope) {
    return kept.stream().anyMatch(k -> k.category() == category && k.scope() == scope && k.reading().point() > 0);
  }

  private static boolean isOne(CasualtyClaim c) {
    return c.reading().point() == 1 && c.reading().high() != null && c.reading().high() == 1;
  }

  /** The first telling of a figure, with the victims a later telling names. */
  private static CasualtyClaim withVictimsOf(CasualtyClaim first, CasualtyClaim later) {
    return new CasualtyClaim(first.claimId(), first.articleId(), first.scope(), first.category(), first.unit(),
        later.victims(), later.victimsText(), first.side() != null ? first.side() : later.side(), first.reading(),
        first.subsetOf(), first.attributedTo(), first.eventDate(), first.dateText(), first.location(), first.country(),
        first.locationText(), first.eventType(), first.sentence(), first.charStart(), first.charEnd());
  }

  private CasualtyClaim remapSubset(CasualtyClaim c) {
    if (c.subsetOf() == null || !replacedBy.containsKey(c.subsetOf())) {
      return c;
    }
    return c.withSubsetOf(replacedBy.get(c.subsetOf()));
  }
}
