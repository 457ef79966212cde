package org.tollrecon.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a count in a sentence counts harmed people and how: reads the noun phrase after it
 * ("more than 50 Turkish-backed fighters"), then the cue after it ("were killed", "dead") or before it
 * ("killing", "the deaths of", "were killed and seven ..."). Counts of things ("150 shells", "two days"),
 * hypotheticals ("would", "could") and negations give nothing. Thread-safe.
 */
final class CasualtyRoleReader {
  private static final int FORWARD_WINDOW = 12;
  private static final int SUBSET_ASIDE_WINDOW = 16;
  // A count after these is part of a phrase ("of the 5 victims, 3 died"), not the head of a list of counts.
  private static final Set<String> LIST_HEAD_BLOCKERS = Set.of(
      "of", "the", "among", "from", "between", "with", "all", "those", "these", "by");
  private static final Set<String> SENTENCE_STOPS = Set.of(";", ".", "!", "?", "(", ")", ":");
  private static final Set<String> CLAUSE_ENDS = Set.of(
      ",", ";", ":", ".", "(", ")", "\"", "\u201c", "\u201d", "!", "?", "\u2013", "\u2014", "when", "while", "after",
      "before", "but", "because", "said", "says", "told", "according", "including", "if", "than", "although",
      "though", "whereas", "as", "what");
  private static final Set<String> HYPOTHETICAL = Set.of(
      "would", "could", "may", "might", "will", "shall", "can", "should", "would've", "could've", "might've",
      "should've", "threaten", "threatens", "threatened", "risk", "feared", "fear", "expected", "likely", "to");
  private static final Set<String> BARE_COUNT_BRIDGE = Set.of(
      "were", "was", "have", "has", "had", "been", "are", "is", "being", "also", "reportedly", "later", "all",
      "both", "each", "still", "allegedly", "others", "more", "of", "them", "those", "who", "confirmed", "now",
      "subsequently", "eventually", "people", "else", "not", "never", "could", "would", "may", "might", "will",
      "remain", "remains", "remained", "listed", "found"); // "Two remained in critical condition", "Three found dead"
  // Verbs of accusing between a count and a harm word make the count the accused, not the harmed.
  private static final Set<String> ACCUSED = Set.of(
      "charged", "accused", "suspected", "convicted", "sentenced", "indicted", "wanted", "responsible");
  private static final Set<String> COPULAS_AND_PERFECT = Set.of("was", "were", "is", "are", "has", "have", "had");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
  private static final Set<String> BEFORE_FILLERS = Set.of(
      "the", "of", "at", "to", "a", "total", "rose", "risen", "reached", "stood", "climbed", "jumped", "increased",
      "has", "had", "have", "been", "is", "was", "'s", "up", "number", "an", "further", "another", "surpasses",
      "surpassed", "rises", "hit", "hits", "reaches", "stands", "exceeded", "exceeds", "now", "reportedly",
      "his", "her", "their"); // "killed her three children"
  private static final Set<String> AGE_ASIDE = Set.of(
      "ages", "aged", "age", "and", "both", "all", "years", "year", "old", "-", "or", "younger", "older", "to");
  private static final Set<String> THE_HARMED = Set.of("dead", "killed", "victims", "wounded", "injured");
  private static final Set<String> COPULAS = Set.of("were", "was", "are");
  private static final Set<String> NAME_ASIDE_WORDS = Set.of("and", "-", "year", "old", "'s");
  private static final int NAMES_ASIDE_WINDOW = 16;
  // The words of the upper end of a range of ages: "to early 20s", "to 19 years old", "to their late teens".
  private static final Set<String> RANGE_END_WORDS = Set.of(
      "early", "mid", "late", "-", "s", "teens", "their", "years", "year", "old");
  private static final int RANGE_WORDS = 8;
  private static final Set<String> AGE_JOINERS = Set.of("and", "to", ",", "-");
  private static final Set<String> PARTITIVE = Set.of("the", "those");
  private static final Set<String> THE_WOUNDED = Set.of("wounded", "injured", "hurt", "hospitalized", "hospitalised");
  // Between "one of the wounded" and its death: "later died", "has since died", "were later pronounced dead".
  private static final Set<String> DEATH_FILLERS = Set.of(
      "later", "has", "had", "have", "since", "also", "subsequently", "eventually", "was", "were");
  private static final Set<String> FINITE_DEATHS = Set.of("died", "dies", "succumbed", "succumbs");
  private static final Set<String> THEN_ADVERBS = Set.of("then", "later", "also", "eventually", "finally");
  // "The death toll ... has risen to 70", "... was 213", "put the toll from the shelling at 27".
  private static final Set<String> TOLL_VERBS = Set.of(
      "rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "jumped", "increased", "surpassed",
      "surpasses", "exceeded", "exceeds", "was", "is", "stood", "stands", "at");
  // Participles of a shot told from the shooter's side; of things ("hitting two cars") they say no harm.
  private static final Set<String> BULLET_HITS = Set.of("hitting", "striking", "hits");
  private static final Set<String> SUBSET_CUES = Set.of("including", "included");
  // What opens and closes an aside between a count and its verb: "three others – including two children – were".
  private static final Set<String> ASIDE_MARKS = Set.of(",", "\u2013", "\u2014");
  private static final int DEATH_OF_ITEM = 5;
  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "these", "those");
  private static final Set<String> DEATH_NOUNS = Set.of(
      "death", "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings");
  // Words that end a list of the dead before a count: a clause or a preposition of its own.
  private static final Set<String> LIST_BREAKS = Set.of(
      "who", "which", "that", "when", "while", "after", "before", "in", "at", "on", "from", "with", "by", "as",
      "said", "says", "but", "was", "were", "is", "are", "has", "have", "had");

  private final VictimNouns victims;
  private final PhraseLexicon sides;

  CasualtyRoleReader(VictimNouns victims, PhraseLexicon sides) {
    this.victims = victims;
    this.sides = sides;
  }

  /** The role of mention {@code m}; {@code limit} is the first token of the next count in the sentence. */
  Optional<CasualtyRole> read(String sentence, List<Token> t, QuantityMention m, int limit) {
    return read(sentence, t, m, limit, null);
  }

  /**
   * As {@link #read(String, List, QuantityMention, int)}; {@code carried}, when not null, is the category of
   * the count just before, joined to this one by "and" ("killed 15 civilians and 27 fighters"): a count of
   * people with no cue of its own takes it.
   */
  Optional<CasualtyRole> read(String sentence, List<Token> t, QuantityMention m, int limit, Category carried) {
    if (m.presetCategory() != null) {
      return Optional.of(new CasualtyRole(m.presetCategory(), "people", null, null, null, false));
    }
    NounPhrase np = NounPhrase.read(t, m.endToken(), limit, victims);
    if (np.nonPerson()) {
      return Optional.empty();
    }
    boolean subset = isSubset(t, m.firstToken(), m.endToken());
    Optional<Category> category = categoryOf(t, m, np, limit);
    if (category == null) {
      return Optional.empty();
    }
    NounPhrase named = ofTheDeadWere(t, m.endToken(), limit); // "14 of the dead were rebels"
    if (category.isEmpty() && carried != null && (np.head() >= 0 || named != null)) {
      category = Optional.of(carried); // "Five of the victims were children": people, if only after the copula
    }
    if (category.isEmpty() && !subset) {
      return Optional.empty();
    }
    NounPhrase who = named != null ? named : np;
    String victimsText = who.head() < 0 ? null : QuantityFinder.text(sentence, t, who.start(), who.end());
    String head = who.head() < 0 ? "" : t.get(who.head()).lower();
    String group = who.head() < 0 ? null : victims.get(head).group();
    String side = side(sentence, t, who, limit);
    if (side != null && (head.equals("members") || head.equals("member"))) {
      group = side.equals("government") ? "soldiers" : "fighters"; // "25 members of the Nusra Front"
    }
    return Optional.of(new CasualtyRole(category.orElse(null), unitOf(head), group, victimsText, side, subset));
  }

  /** "five of the dead were children": the victims named after the copula, or null. */
  private NounPhrase ofTheDeadWere(List<Token> t, int end, int limit) {
    if (!Token.sequenceAt(t, end, "of", "the") || !THE_HARMED.contains(Token.lowerAt(t, end + 2))
        || !COPULAS.contains(Token.lowerAt(t, end + 3))) {
      return null;
    }
    NounPhrase np = NounPhrase.read(t, end + 4, limit, victims);
    return np.head() >= 0 ? np : null;
  }

  /** Families and households are counted as such, never converted into people. */
  private static String unitOf(String head) {
    return switch (head) {
      case "families", "family" -> "families";
      case "households", "household" -> "households";
      default -> "people";
    };
  }

  /** Empty optional: no cue; null: a cue under a hypothetical or a negation, so no claim at all. */
  private static Optional<Category> categoryOf(List<Token> t, QuantityMention m, NounPhrase np, int limit) {
    if (CasualtyCues.IN_DOUBT.contains(Token.lowerAt(t, m.firstToken() - 1))) {
      return null; // "it was unclear whether two people had died": a question, no harm told
    }
    if (m.presetCategory() != null) {
      return Optional.of(m.presetCategory());
    }
    if (deathOf(t, m.firstToken())) {
      return Optional.of(Category.KILLED); // "the death of a man found with a gunshot wound": the wound killed
    }
    if (woundedWhoDied(t, m.endToken())) {
      return Optional.of(Category.KILLED); // "one of the wounded later died": the part died
    }
    CasualtyCues.Cue attached = CasualtyCues.after(t, np.end());
    if (attached != null) {
      return Optional.of(attached.category());
    }
    if (CasualtyCues.sentToHospital(t, m.firstToken() - 1, np.end())) {
      return Optional.of(Category.INJURED); // "sent five people to the hospital"
    }
    // "opened fire, hitting three people", "he shot two men": the object of a hit, whose own verb is before it
    boolean hit = np.head() >= 0 && hitBefore(t, m.firstToken())
        && Optional.empty().equals(backward(t, m.firstToken(), endsClause(t, np.end()))); // not "fatally shot his"
    boolean listHead = !hit && np.head() >= 0 && !LIST_HEAD_BLOCKERS.contains(Token.lowerAt(t, m.firstToken() - 1));
    boolean object = hit || CasualtyCues.before(t, m.firstToken() - 1) != null; // "killed | two more people"
    Optional<Category> forward = forward(t, np.end(), limit, np.head() >= 0, listHead, object);
    if (hit && forward != null && forward.filter(Category::isBodilyHarm).isEmpty()) {
      // "shot four people at a party was arrested": the arrest is the shooter's; of people, a hit is a wound
      return Optional.of(SingleVictimReader.diesAfter(t, np.end()) ? Category.KILLED : Category.INJURED);
    }
    if (forward == null || forward.isPresent()) {
      return forward;
    }
    return backward(t, m.firstToken(), endsClause(t, np.end()));
  }

  /**
   * "One of the wounded later died", "two of the injured have since passed away": a part of the people told
   * wounded whose own predicate, after the group, is a death. The group's word is no cue for the part.
   */
  private static boolean woundedWhoDied(List<Token> t, int of) {
    if (!Token.lowerAt(t, of).equals("of") || !PARTITIVE.contains(Token.lowerAt(t, of + 1))
        || !THE_WOUNDED.contains(Token.lowerAt(t, of + 2))) {
      return false;
    }
    int k = of + 3;
    while (DEATH_FILLERS.contains(Token.lowerAt(t, k))) {
      k++;
    }
    String w = Token.lowerAt(t, k);
    return FINITE_DEATHS.contains(w) || CasualtyCues.passedAway(t, k)
        || Token.sequenceAt(t, k, "pronounced", "dead");
  }

  /**
   * Whether the count at {@code first} is the object of a verb of bullets hitting people: "opened fire, hitting
   * three people", "fires gun, hits his two sons", "he shot two men", "charged with shooting eight people". Such a
   * count holds everyone hit, the dead among them.
   */
  static boolean hitBefore(List<Token> t, int first) {
    int verb = CasualtyCues.POSSESSIVES.contains(Token.lowerAt(t, first - 1)) ? first - 2 : first - 1;
    return BULLET_HITS.contains(Token.lowerAt(t, verb)) || CasualtyCues.activeShotAt(t, verb);
  }

  /**
   * Whether the count at {@code first} is the object of "the death of", "the deaths of", "the killing of" or "the
   * murder of", perhaps as a later item of a list ("the deaths of a woman and her two sons"): what is told after
   * it (found with wounds, shot) is how they died.
   */
  private static boolean deathOf(List<Token> t, int first) {
    int k = skipDeterminer(t, first - 1);
    if (Token.lowerAt(t, k).equals("of")) {
      return deathNounBefore(t, k);
    }
    if (!Token.lowerAt(t, k).equals("and")) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(1, k - DEATH_OF_ITEM); j--) { // the first item: "of a woman and ..."
      if (Token.lowerAt(t, j).equals("of")) {
        return deathNounBefore(t, j);
      }
      if (!t.get(j).isWord() || LIST_BREAKS.contains(t.get(j).lower()) || CasualtyCues.after(t, j) != null) {
        return false;
      }
    }
    return false;
  }

  /** "the deaths |of", "the fatal shooting |of": a noun of killing just before the "of" at {@code of}. */
  private static boolean deathNounBefore(List<Token> t, int of) {
    String noun = Token.lowerAt(t, of - 1);
    if (Token.lowerAt(t, of - 2).equals("attempted")) {
      return false; // "the attempted murder of a man": he lived
    }
    return DEATH_NOUNS.contains(noun) || noun.equals("shooting") && Token.lowerAt(t, of - 2).equals("fatal");
  }

  /** The token before an article or possessive at {@code k} ("of |the| two", "and |her| two sons"), else k. */
  private static int skipDeterminer(List<Token> t, int k) {
    return DETERMINERS.contains(Token.lowerAt(t, k)) ? k - 1 : k;
  }

  private static boolean endsClause(List<Token> t, int k) {
    return k >= t.size() || CLAUSE_ENDS.contains(t.get(k).lower()) || t.get(k).is("and");
  }

  /**
   * A count with a noun may be the subject of a verb some words on ("26 people in rebel-held areas have been
   * killed"); a bare count only of one right after it ("19 were killed"), so "2510 The strike killed four" is no
   * claim of 2510. {@code object}: the count is the object of a harm verb before it ("killed two more people at the
   * store and ultimately shot himself"), so a predicate after "and" is the subject's, not the count's.
   */
  private static Optional<Category> forward(
      List<Token> t, int from, int limit, boolean hasNoun, boolean listHead, boolean object) {
    int end = Math.min(t.size(), from + FORWARD_WINDOW);
    int skipped = -1;
    boolean listing = false;
    boolean accused = false;
    boolean ownPredicate = false;
    for (int k = from; k < end; k++) {
      if (listHead && k + 1 == limit && t.get(k).is(",") && startsCount(t, limit) && ageAsideEnd(t, k) < 0
          && !Token.lowerAt(t, limit + 1).equals("of")) { // "two victims, one of whom died": a part, not a list
        listing = true; // "Four children, two adults injured": counts listed by commas share the verb after them
        continue;
      }
      if (listing && k > limit && (startsCount(t, k) && (t.get(k - 1).is(",") || t.get(k - 1).is("and"))
          || t.get(k).is(",") && startsCount(t, k + 1))) {
        continue; // a third count of the list: "2 girls, 2 men, 3 women shot"
      }
      String w = t.get(k).lower();
      boolean bridge = BARE_COUNT_BRIDGE.contains(w) || (w.endsWith("ly") && w.length() > 4); // adverbs: "accidentally"
      if (!hasNoun && !bridge && CasualtyCues.after(t, k) == null) {
        return Optional.empty();
      }
      int ages = agesAsideEnd(t, k);
      if (hasNoun && ages > k) { // "3 adults and 2 juveniles ages 14 and 15 were taken to the hospital"
        k = ages - 1;
        continue;
      }
      if (limit > skipped && (k >= limit && !listing && !sharesVerbWithNext(t, limit)
          || k > limit && t.get(k).isDigits() && !ageCompound(t, k))) {
        return Optional.empty(); // the verb shared with the next count is before any third one
      }
      accused |= ACCUSED.contains(w);
      ownPredicate |= accused && COPULAS_AND_PERFECT.contains(w);
      CasualtyCues.Cue cue = CasualtyCues.after(t, k);
      if (cue != null) {
        // "two brothers charged in the shooting deaths of four women": the accused, unless a verb of their own
        // follows ("a man accused of robbery has been shot")
        return accused && !ownPredicate ? Optional.empty() : Optional.of(cue.category());
      }
      boolean month = w.equals("may") && t.get(k).isCapitalised(); // "two men in May": the month, no modal
      if ((HYPOTHETICAL.contains(w) && !w.equals("to") && !month) || NEGATIONS.contains(w)) {
        return null;
      }
      if (w.equals(",") && hasNoun) {
        int close = Math.max(ageAsideEnd(t, k), namesAsideEnd(t, k));
        if (close > k) { // "Two teenage male victims, 16 and 17 years old, had been shot": ages are no count
          k = close;
          skipped = close;
          continue;
        }
      }
      int range = w.equals("ranging") && hasNoun ? ageRangeEnd(t, k) : -1;
      if (range > k) { // "Three other people ranging from their mid-teens to early 20s were treated"
        end = Math.min(t.size(), end + range - k);
        k = range;
        skipped = range;
        continue;
      }
      if (ASIDE_MARKS.contains(w) && hasNoun && SUBSET_CUES.contains(Token.lowerAt(t, k + 1))) {
        int close = subsetAsideEnd(t, k);
        if (close > k) { // "20 people, including six children, were killed", "three others – including ... – were"
          end = Math.min(t.size(), end + close - k);
          k = close;
          skipped = close;
          continue;
        }
      }
      // "Nine civilians including three children were killed", "10 people including women and children were killed"
      boolean subsetAside = SUBSET_CUES.contains(w) && (k + 1 == limit || hasNoun);
      if ((CLAUSE_ENDS.contains(w) && !subsetAside) || (w.equals("and") && CasualtyCues.after(t, k + 1) != null)
          || object && w.equals("and") && CasualtyCues.after(t, pastAdverbs(t, k + 1)) != null) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The first token from {@code k} past adverbs of time and manner ("and ultimately shot himself", "and then
   * wounded"): where the predicate of a new clause would start.
   */
  private static int pastAdverbs(List<Token> t, int k) {
    int j = k;
    while (j < t.size() && (THEN_ADVERBS.contains(t.get(j).lower()) || t.get(j).lower().endsWith("ly"))) {
      j++;
    }
    return j;
  }

  /**
   * Where an unpunctuated aside of ages at {@code k} ends ("ages 14 and 15", "aged 16"): the token after its last
   * age, or -1 when none starts there.
   */
  private static int agesAsideEnd(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    if (!(w.equals("ages") || w.equals("aged")) || k + 1 >= t.size() || !t.get(k + 1).isDigits()) {
      return -1;
    }
    int j = k + 1;
    while (j < t.size() && (t.get(j).isDigits() && t.get(j).text().length() <= 3
        || AGE_JOINERS.contains(t.get(j).lower()) && j + 1 < t.size() && t.get(j + 1).isDigits())) {
      j++;
    }
    return j;
  }

  /** "12-year-old": digits that give an age within a listed person ("two women and a 12-year-old child"), no count. */
  private static boolean ageCompound(List<Token> t, int k) {
    return Token.sequenceAt(t, k + 1, "-", "year", "-", "old");
  }

  /** Whether a count of digits or number words starts at {@code k}. */
  private static boolean startsCount(List<Token> t, int k) {
    return k < t.size() && CardinalWords.startsCount(t.get(k));
  }

  /**
   * The mark closing an "including" aside that opens with a comma or dash at {@code open} (the same mark), or -1
   * when the sentence ends first.
   */
  private static int subsetAsideEnd(List<Token> t, int open) {
    String mark = t.get(open).lower();
    for (int j = open + 2; j < Math.min(t.size(), open + SUBSET_ASIDE_WINDOW); j++) {
      String w = t.get(j).lower();
      if (w.equals(mark)) {
        return j;
      }
      if (SENTENCE_STOPS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The comma closing an aside of the people's names that opens at {@code comma} after a count with a noun ("Two
   * men, John Smith and Ray Lee, were shot"), or -1: only names, ages and "and" between two commas, and a
   * lower-case word (the verb) after the second. A partitive count ("Two of the victims, A and B, were ...") has
   * no noun of its own and is not read so.
   */
  private static int namesAsideEnd(List<Token> t, int comma) {
    boolean named = false;
    for (int j = comma + 1; j < Math.min(t.size() - 1, comma + NAMES_ASIDE_WINDOW); j++) {
      Token tok = t.get(j);
      if (tok.is(",")) {
        return named && t.get(j + 1).isWord() && !t.get(j + 1).isCapitalised() ? j : -1;
      }
      named |= tok.isCapitalised();
      if (!tok.isCapitalised() && !tok.isDigits() && !NAME_ASIDE_WORDS.contains(tok.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The last token of a range of ages that opens at "ranging" ({@code k}): "ranging from their mid-teens to early
   * 20s", "ranging in age from 15 to 19", or -1 when no "to" and upper end of ages follow.
   */
  private static int ageRangeEnd(List<Token> t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + RANGE_WORDS); j++) {
      if (t.get(j).is("to")) {
        int last = j;
        while (last + 1 < Math.min(t.size(), j + RANGE_WORDS)
            && (t.get(last + 1).isDigits() || RANGE_END_WORDS.contains(t.get(last + 1).lower()))) {
          last++;
        }
        return last > j ? last : -1;
      }
      if (CLAUSE_ENDS.contains(t.get(j).lower())) {
        return -1;
      }
    }
    return -1;
  }

  /** The comma closing an aside of ages that opens at {@code comma} ("ages 20 and 23,"), or -1. */
  private static int ageAsideEnd(List<Token> t, int comma) {
    String first = Token.lowerAt(t, comma + 1);
    if (!AGE_ASIDE.contains(first) && !(comma + 1 < t.size() && t.get(comma + 1).isDigits())) {
      return -1;
    }
    for (int j = comma + 1; j < Math.min(t.size(), comma + 10); j++) {
      String w = t.get(j).lower();
      if (w.equals(",")) {
        return j;
      }
      if (!t.get(j).isDigits() && !AGE_ASIDE.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the next count, starting at {@code next}, is joined to this one so that both take the verb after it:
   * "13 soldiers and seven fighters were killed", "15 civilians including 11 children", "Fifteen civilians among
   * them 11 children were killed", "Six children were among 19 civilians killed".
   */
  private static boolean sharesVerbWithNext(List<Token> t, int next) {
    String before = Token.lowerAt(t, next - 1);
    return before.equals("and") || before.equals("among") || SUBSET_CUES.contains(before)
        || (before.equals("them") || before.equals("whom")) && Token.lowerAt(t, next - 2).equals("among");
  }

  /** {@code elidable}: nothing follows the count's noun, so "were killed and seven fighters" shares the verb. */
  private static Optional<Category> backward(List<Token> t, int first, boolean elidable) {
    if (elidable && Token.lowerAt(t, first - 1).equals("and")) {
      CasualtyCues.Cue elided = CasualtyCues.after(t, first - 2);
      if (elided != null) {
        return Optional.of(elided.category());
      }
    }
    if (COPULAS.contains(Token.lowerAt(t, first - 1))) {
      CasualtyCues.Cue inverted = CasualtyCues.after(t, first - 2); // "Among those killed were three children"
      if (inverted != null && inverted.length() == 1) {
        return Optional.of(inverted.category());
      }
    }
    for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
      Category c = CasualtyCues.before(t, k);
      if (c != null) {
        return hypotheticalBefore(t, k) ? null : Optional.of(c);
      }
      if (!BEFORE_FILLERS.contains(t.get(k).lower())) {
        return tollRisenTo(t, k + 1, first) ? Optional.of(Category.KILLED) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "The death toll from the attack on a bus convoy ... has risen to 70": a toll far back in the sentence,
   * then a verb of rising just before the count, with no other number between.
   */
  private static boolean tollRisenTo(List<Token> t, int from, int first) {
    boolean risen = false;
    for (int k = from; k < first; k++) {
      risen |= TOLL_VERBS.contains(t.get(k).lower());
    }
    if (!risen) {
      return false;
    }
    for (int k = from - 1; k >= Math.max(0, first - 30); k--) {
      if (t.get(k).isDigits() || CLAUSE_ENDS.contains(t.get(k).lower()) && !t.get(k).is("(") && !t.get(k).is(")")) {
        return false;
      }
      if (t.get(k).is("toll")) {
        return true;
      }
    }
    return false;
  }

  /** "could kill", "threatened to kill", "attempted murder": the verb is not a report of harm done. */
  private static boolean hypotheticalBefore(List<Token> t, int cue) {
    if (Token.lowerAt(t, cue - 1).equals("attempted")) {
      return true; // "charged with the attempted murder of two deputies": no one died
    }
    boolean baseForm = Set.of("kill", "injure", "wound", "displace", "detain", "arrest").contains(t.get(cue).lower());
    for (int k = cue - 1; k >= Math.max(0, cue - 3); k--) {
      String w = t.get(k).lower();
      if (w.equals("to") ? baseForm : HYPOTHETICAL.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubset(List<Token> t, int first, int end) {
    return SUBSET_CUES.contains(Token.lowerAt(t, first - 1)) || Token.sequenceAt(t, end, "of", "them")
        || Token.sequenceAt(t, end, "of", "whom") || Token.sequenceAt(t, first - 2, "among", "them")
        || Token.sequenceAt(t, first - 2, "among", "whom") || Token.sequenceAt(t, first - 2, "of", "whom")
        || Token.sequenceAt(t, end, "of", "the") && THE_HARMED.contains(Token.lowerAt(t, end + 2));
  }

  /** A side named in the victim words or just after them ("fighters belonging to the Jaysh al-Izza faction"). */
  private String side(String sentence, List<Token> t, NounPhrase np, int limit) {
    int end = np.end();
    while (end < Math.min(Math.min(t.size(), limit), np.end() + 8) && !CLAUSE_ENDS.contains(t.get(end).lower())
        && CasualtyCues.after(t, end) == null) {
      end++;
    }
    if (end <= np.start() || (np.head() < 0 && end == np.end())) {
      return null;
    }
    String window = QuantityFinder.text(sentence, t, np.start(), end);
    String generic = null;
    for (PhraseLexicon.Hit hit : sides.findAll(window)) {
      if (!hit.value().equals("government") && !hit.value().equals("opposition")) {
        return hit.value();
      }
      generic = generic == null ? hit.value() : generic;
    }
    return generic;
  }
}
