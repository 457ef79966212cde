package org.tollrecon.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the counts in one tokenised sentence and reads each into an interval (DESIGN.md section 4.1): digits
 * with separators and scales ("1,200", "1.5 million"), number words, hedges ("at least", "nearly", "some",
 * "up to", "N or more", ranges), vague words ("dozens of"), "a"/"an" before a singular victim noun, zero
 * phrases ("no casualties", "no one") and "nearly as many". Numbers that are ages, times, dates, years,
 * addresses, percentages or money are left out. Thread-safe.
 */
final class QuantityFinder {
  /** How a hedge bends the number after it. */
  private enum Hedge { NONE, AT_LEAST, MORE_THAN, NEARLY, APPROX, UP_TO, FEWER_THAN, BETWEEN }

  private static final Map<String, Hedge> HEDGES = Map.ofEntries(
      Map.entry("at least", Hedge.AT_LEAST), Map.entry("no fewer than", Hedge.AT_LEAST),
      Map.entry("no less than", Hedge.AT_LEAST), Map.entry("a minimum of", Hedge.AT_LEAST),
      Map.entry("more than", Hedge.MORE_THAN), Map.entry("over", Hedge.MORE_THAN),
      Map.entry("well over", Hedge.MORE_THAN), Map.entry("just over", Hedge.MORE_THAN),
      Map.entry("well more than", Hedge.MORE_THAN), Map.entry("slightly more than", Hedge.MORE_THAN),
      Map.entry("upwards of", Hedge.MORE_THAN), Map.entry("nearly", Hedge.NEARLY), Map.entry("almost", Hedge.NEARLY),
      Map.entry("close to", Hedge.NEARLY), Map.entry("about", Hedge.APPROX), Map.entry("some", Hedge.APPROX),
      Map.entry("around", Hedge.APPROX), Map.entry("approximately", Hedge.APPROX), Map.entry("roughly", Hedge.APPROX),
      Map.entry("an estimated", Hedge.APPROX), Map.entry("estimated", Hedge.APPROX), Map.entry("up to", Hedge.UP_TO),
      Map.entry("as many as", Hedge.UP_TO), Map.entry("at most", Hedge.UP_TO), Map.entry("no more than", Hedge.UP_TO),
      Map.entry("fewer than", Hedge.FEWER_THAN), Map.entry("less than", Hedge.FEWER_THAN),
      Map.entry("between", Hedge.BETWEEN));
  private static final Set<String> HEDGE_STARTS = HEDGES.keySet().stream()
      .map(h -> h.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
  private static final Map<String, Long> SCALE_WORDS = Map.of(
      "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  private static final Set<String> ZERO_NOUN_MODIFIERS = Set.of(
      "reported", "immediate", "immediately", "known", "other", "further", "serious", "major", "confirmed",
      "civilian", "human", "fatal", "reports", "report", "word", "of", "any", "injuries", "or");
  private static final Map<String, Category> ZERO_NOUNS = Map.of(
      "casualties", Category.CASUALTIES, "deaths", Category.KILLED, "fatalities", Category.KILLED,
      "injuries", Category.INJURED, "dead", Category.KILLED);

  private static final Set<String> SEVERITY = Set.of(
      "threatening", "serious", "seriously", "critical", "critically", "major", "severe", "severely", "grave");
  private static final Map<String, Long> EVENT_MULTIPLES = Map.of(
      "double", 2L, "triple", 3L, "quadruple", 4L, "quintuple", 5L);
  private static final Map<String, Category> EVENT_NOUNS = Map.of(
      "homicide", Category.KILLED, "homicides", Category.KILLED, "murder", Category.KILLED,
      "murders", Category.KILLED, "slaying", Category.KILLED, "killing", Category.KILLED,
      "fatal", Category.KILLED, "shooting", Category.CASUALTIES, "stabbing", Category.CASUALTIES);

  private static final Set<String> PERSON_DETERMINERS = Set.of("a", "an", "her", "his", "their", "its", "the");
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private final ReadingsTable table;
  private final CardinalWords cardinals;
  private final VictimNouns victims;
  private final NonCountContext nonCount = new NonCountContext();
  private final Set<String> openers;

  QuantityFinder(ReadingsTable table, CardinalWords cardinals, VictimNouns victims) {
    this.table = table;
    this.cardinals = cardinals;
    this.victims = victims;
    this.openers = openers(table);
  }

  /**
   * Every word other than digits and number words that a quantity read below can open with: zeros, hedges,
   * event multiples, vague words, fractions and the singular determiners. Most tokens are none of these, and
   * this one lookup spares them the readers.
   */
  private static Set<String> openers(ReadingsTable table) {
    Set<String> words = new HashSet<>(Set.of(
        "a", "an", "another", "both", "half", "dozen", "murder", "no", "none", "nobody"));
    words.addAll(HEDGE_STARTS);
    words.addAll(EVENT_MULTIPLES.keySet());
    words.addAll(table.vague().keySet());
    return Set.copyOf(words);
  }

  private boolean mayOpen(Token token) {
    return token.isDigits() || openers.contains(token.lower()) || CardinalWords.isNumberWord(token.lower());
  }

  List<QuantityMention> find(String sentence, List<Token> tokens) {
    List<QuantityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!mayOpen(tokens.get(i))) {
        i++;
        continue;
      }
      int denial = severityDenial(tokens, i);
      if (denial > 0) {
        i += denial; // "None of the injuries were life-threatening": there were injuries, so no zero
        continue;
      }
      QuantityMention m = readAt(sentence, tokens, i);
      if (m == null) {
        i++;
        continue;
      }
      if (nonCount.excludes(tokens, m)) {
        i = m.endToken();
        continue;
      }
      int[] joined = joinedPeople(tokens, m);
      if (joined != null) {
        m = withJoinedPeople(sentence, tokens, m, joined);
      }
      out.add(m);
      int afterJoined = joined == null ? 0 : joined[1] + 1;
      i = Math.max(m.endToken(), Math.max(afterJoined, endOfCoordinatedPeople(tokens, m)));
    }
    return out;
  }

  /**
   * "two children and their mother", "three officers and the suspect": a plain count of people joined by "and"
   * to single people after it, who have no count of their own, counts them all; gives {how many people from the
   * count's noun on, the last joined person noun's token}, or null when none is joined. "Three men and a woman"
   * stay two counts ("a woman" is one).
   */
  private int[] joinedPeople(List<Token> t, QuantityMention m) {
    if (m.kind() != QuantityMention.Kind.NUMBER || m.reading().qualifier() != Qualifier.EXACT
        || m.presetCategory() != null) {
      return null;
    }
    int k = m.endToken();
    while (k < Math.min(t.size(), m.endToken() + 4) && !victims.contains(t.get(k).lower())
        && NounPhraseWords.isModifier(t, k)) {
      k++;
    }
    VictimNouns.Entry head = k < t.size() ? victims.get(t.get(k).lower()) : null;
    if (head == null || head.singular() || NounPhraseWords.isThingHead(t, k + 1)) {
      return null;
    }
    int[] people = singularPeopleFrom(t, k, false);
    return people[0] > 1 ? people : null;
  }

  /** The count {@code m} with the single people {@code joined} after it ({@link #joinedPeople}): one count of all. */
  private QuantityMention withJoinedPeople(String sentence, List<Token> t, QuantityMention m, int[] joined) {
    long n = m.reading().point() + joined[0] - 1;
    return new QuantityMention(m.firstToken(), m.endToken(),
        table.exact(text(sentence, t, m.firstToken(), joined[1] + 1), n), n, m.kind(), null);
  }

  /** After "a woman and a child" (one count of 2), the next count starts past "child", not at its "a". */
  private int endOfCoordinatedPeople(List<Token> t, QuantityMention m) {
    if (m.reading().point() < 2 || !ARTICLES.contains(t.get(m.firstToken()).lower())) {
      return -1;
    }
    for (int k = m.endToken(); k < Math.min(t.size(), m.endToken() + 6); k++) {
      if (victims.contains(t.get(k).lower())) {
        return singularPeopleFrom(t, k)[1] + 1;
      }
    }
    return -1;
  }

  private QuantityMention readAt(String sentence, List<Token> t, int i) {
    QuantityMention zero = readZero(sentence, t, i);
    if (zero != null) {
      return zero;
    }
    QuantityMention event = readCountingEvent(sentence, t, i);
    if (event != null) {
      return event;
    }
    int hedgeLength = hedgeLength(t, i);
    Hedge hedge = hedgeLength == 0 ? Hedge.NONE : HEDGES.get(phrase(t, i, hedgeLength));
    int j = i + hedgeLength;
    if ((hedge == Hedge.NEARLY || hedge == Hedge.APPROX) && Token.sequenceAt(t, j, "as", "many")) {
      NumberReading placeholder = NumberReading.exact(text(sentence, t, i, j + 2), 0);
      return new QuantityMention(i, j + 2, placeholder, -1, QuantityMention.Kind.ANAPHOR, null);
    }
    Core core = readCore(t, j);
    if (core == null) {
      return hedge == Hedge.NONE ? readSingular(sentence, t, i) : null;
    }
    if (core.vagueWord != null) {
      return vague(sentence, t, i, core);
    }
    return hedge == Hedge.BETWEEN ? readBetween(sentence, t, i, core) : hedged(sentence, t, i, hedge, core);
  }

  private QuantityMention hedged(String sentence, List<Token> t, int i, Hedge hedge, Core core) {
    int end = core.end;
    long n = core.value;
    if (hedge == Hedge.NONE && Token.sequenceAt(t, end, "or", "more")) {
      return mention(i, end + 2, table.atLeast(text(sentence, t, i, end + 2), n), n);
    }
    if (hedge == Hedge.NONE && end < t.size() && Set.of("to", "-", "or").contains(t.get(end).lower())) {
      Core upper = readCore(t, end + 1);
      if (upper != null && upper.vagueWord == null && upper.value > n) {
        return mention(i, upper.end, table.range(text(sentence, t, i, upper.end), n, upper.value), n);
      }
    }
    String text = text(sentence, t, i, end);
    NumberReading reading = switch (hedge) {
      case NONE, BETWEEN -> table.exact(text, n);
      case AT_LEAST -> table.atLeast(text, n);
      case MORE_THAN -> table.moreThan(text, n);
      case NEARLY -> table.nearly(text, n);
      case APPROX -> table.approx(text, n);
      case UP_TO -> table.upTo(text, n);
      case FEWER_THAN -> table.fewerThan(text, n);
    };
    return mention(i, end, reading, n);
  }

  private QuantityMention readBetween(String sentence, List<Token> t, int i, Core low) {
    if (!Token.sequenceAt(t, low.end, "and")) {
      return null;
    }
    Core high = readCore(t, low.end + 1);
    if (high == null || high.vagueWord != null || high.value < low.value) {
      return null;
    }
    return mention(i, high.end, table.range(text(sentence, t, i, high.end), low.value, high.value), low.value);
  }

  private QuantityMention vague(String sentence, List<Token> t, int i, Core core) {
    String text = text(sentence, t, i, core.end);
    return table.vague(text, core.vagueWord, core.value)
        .map(r -> new QuantityMention(i, core.end, r, -1, QuantityMention.Kind.VAGUE, null))
        .orElse(null);
  }

  private static QuantityMention mention(int first, int end, NumberReading reading, long anchor) {
    return new QuantityMention(first, end, reading, anchor, QuantityMention.Kind.NUMBER, null);
  }

  /** A number, number words, "a dozen", or a vague word; {@code value} is the scale of a vague word. */
  private record Core(int end, long value, String vagueWord) {}

  private Core readCore(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    Token tok = t.get(j);
    if (tok.isDigits()) {
      return readDigits(t, j);
    }
    Core fraction = readFraction(t, j);
    if (fraction != null) {
      return fraction;
    }
    Core vague = readVague(t, j);
    return vague != null ? vague : readWords(t, j);
  }

  /** "half a million", "a quarter of a million", "three quarters of a million", "half a dozen". */
  private static Core readFraction(List<Token> t, int j) {
    int k;
    double part;
    if (Token.sequenceAt(t, j, "half", "a")) {
      part = 0.5;
      k = j + 2;
    } else if (Token.sequenceAt(t, j, "a", "quarter", "of", "a")) {
      part = 0.25;
      k = j + 4;
    } else if (Token.sequenceAt(t, j, "three", "quarters", "of", "a")) {
      part = 0.75;
      k = j + 4;
    } else {
      return null;
    }
    String w = Token.lowerAt(t, k);
    Long unit = w.equals("dozen") ? Long.valueOf(12) : w.equals("hundred") ? Long.valueOf(100) : SCALE_WORDS.get(w);
    return unit == null ? null : new Core(k + 1, Math.round(part * unit), null);
  }

  private static Core readDigits(List<Token> t, int j) {
    String digits = t.get(j).text();
    if (digits.indexOf(':') >= 0 || digits.length() > 15) {
      return null;
    }
    boolean decimal = digits.indexOf('.') >= 0 && !digits.matches("\\d{1,3}(\\.\\d{3})+");
    Long scale = SCALE_WORDS.get(Token.lowerAt(t, j + 1));
    if (decimal && scale == null) {
      return null;
    }
    String plain = decimal ? digits.replace(",", "") : digits.replace(",", "").replace(".", "");
    BigDecimal value = new BigDecimal(plain);
    if (scale != null) {
      value = value.multiply(BigDecimal.valueOf(scale));
    }
    if (value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return new Core(scale == null ? j + 1 : j + 2, value.longValueExact(), null);
  }

  private Core readVague(List<Token> t, int j) {
    String w = t.get(j).lower();
    if (Token.sequenceAt(t, j, "a", "dozen") || Token.sequenceAt(t, j, "dozen")) {
      return new Core(w.equals("a") ? j + 2 : j + 1, 12, null);
    }
    if (!table.vague().containsKey(w)) {
      return null;
    }
    boolean needsOf = w.equals("scores") || w.equals("tens");
    boolean of = Token.lowerAt(t, j + 1).equals("of");
    if (needsOf && !of) {
      return null;
    }
    Long unit = of ? SCALE_WORDS.get(stripPlural(Token.lowerAt(t, j + 2))) : null;
    if (unit != null && Token.lowerAt(t, j + 2).endsWith("s")) {
      return new Core(j + 3, unit, w);
    }
    return new Core(j + 1, 1, w);
  }

  private static String stripPlural(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  private Core readWords(List<Token> t, int j) {
    List<String> words = new ArrayList<>();
    int k = j;
    if (Set.of("a", "an").contains(t.get(j).lower()) && CardinalWords.isScale(Token.lowerAt(t, j + 1))) {
      words.add("a");
      k++;
    }
    while (k < t.size()) {
      String w = t.get(k).lower();
      if (CardinalWords.isNumberWord(w)) {
        words.add(w);
        k++;
      } else if ((w.equals("-") || w.equals("and")) && !words.isEmpty()
          && CardinalWords.isNumberWord(Token.lowerAt(t, k + 1)) && joins(words, w)) {
        k++;
      } else {
        break;
      }
    }
    if (words.isEmpty() || (words.size() == 1 && words.get(0).equals("a"))) {
      return null;
    }
    OptionalLong value = cardinals.parse(words);
    if (value.isEmpty()) {
      return null;
    }
    if (Token.sequenceAt(t, k, "dozen")) {
      return new Core(k + 1, value.getAsLong() * 12, null);
    }
    return new Core(k, value.getAsLong(), null);
  }

  /** A hyphen joins tens and units; "and" follows a scale word ("two hundred and fifty"). */
  /**
   * The length of a zero word at {@code i} that denies only how bad the harm was ("no life-threatening
   * injuries", "no one was seriously hurt"), else 0.
   */
  private static int severityDenial(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (!w.equals("no") && !w.equals("none") && !w.equals("nobody")) {
      return 0;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 10); k++) {
      if (SEVERITY.contains(t.get(k).lower())) {
        return Token.sequenceAt(t, i, "no", "one") ? 2 : 1;
      }
    }
    return 0;
  }

  /** "Both victims", "both teenage boys": two people, when a plural person noun follows after modifiers. */
  private QuantityMention readBoth(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
      VictimNouns.Entry entry = victims.get(t.get(k).lower());
      if (entry != null) {
        return entry.singular() || NounPhraseWords.isThingHead(t, k + 1) ? null
            : mention(i, i + 1, table.exact(t.get(i).text(), 2), 2);
      }
      if (!NounPhraseWords.isModifier(t, k)) {
        return null;
      }
    }
    return null;
  }

  private static boolean joins(List<String> words, String joiner) {
    String last = words.get(words.size() - 1);
    return joiner.equals("-") ? !CardinalWords.isScale(last) : CardinalWords.isScale(last);
  }

  private QuantityMention readSingular(String sentence, List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.equals("both")) {
      return readBoth(t, i);
    }
    if (w.equals("another") && CasualtyCues.after(t, i + 1) != null && Token.lowerAt(t, i - 1).equals("and")) {
      return mention(i, i + 1, table.exact(t.get(i).text(), 1), 1); // "One man was killed and another injured"
    }
    if (w.equals("another")) {
      w = "a"; // "another man was wounded": one more person
    }
    if (!(w.equals("a") || w.equals("an"))) {
      return null;
    }
    if (Token.lowerAt(t, i + 1).chars().allMatch(Character::isDigit) && Token.sequenceAt(t, i + 2, "-", "year", "-",
        "old") && !victims.contains(Token.lowerAt(t, i + 6))) {
      return mention(i, i + 1, table.exact(t.get(i).text(), 1), 1); // "a 15-year-old was killed": the age names a person
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 7); k++) {
      Token tok = t.get(k);
      VictimNouns.Entry entry = victims.get(tok.lower());
      if (entry != null) {
        boolean counts = entry.singular() && !NounPhraseWords.isThingHead(t, k + 1)
            && !Token.sequenceAt(t, k + 1, "-", "held");
        if (!counts) {
          return null;
        }
        int[] people = singularPeopleFrom(t, k);
        return people[0] == 1 ? mention(i, i + 1, table.exact(t.get(i).text(), 1), 1)
            : mention(i, i + 1, table.exact(text(sentence, t, i, people[1] + 1), people[0]), people[0]);
      }
      if (!(tok.isCapitalised() || tok.isDigits() || tok.is("-") || NounPhraseWords.isModifier(t, k))) {
        return null;
      }
    }
    return null;
  }

  /**
   * "a woman and her son", "a woman and child": the singular person nouns joined by "and" to the one at
   * {@code noun}, each after its own determiner or none. Gives {how many people, the last noun's token}.
   */
  private int[] singularPeopleFrom(List<Token> t, int noun) {
    return singularPeopleFrom(t, noun, true);
  }

  /**
   * As {@link #singularPeopleFrom(List, int)}; without {@code withArticle}, a person after "a" or "an" ends the
   * list: "three men and a woman" are two counts, each with its own people, summed in the sentence.
   */
  private int[] singularPeopleFrom(List<Token> t, int noun, boolean withArticle) {
    int count = 1;
    int last = noun;
    int k = noun + 1;
    while (k < t.size() && t.get(k).is("and")) {
      int j = k + 1;
      if (!withArticle && ARTICLES.contains(Token.lowerAt(t, j))) {
        break;
      }
      if (PERSON_DETERMINERS.contains(Token.lowerAt(t, j))) {
        j++;
      }
      while (j < Math.min(t.size(), k + 6) && !victims.contains(t.get(j).lower()) && NounPhraseWords.isModifier(t, j)) {
        j++;
      }
      VictimNouns.Entry next = j < t.size() ? victims.get(t.get(j).lower()) : null;
      if (next == null || !next.singular() || NounPhraseWords.isThingHead(t, j + 1)) {
        break;
      }
      count++;
      last = j;
      k = j + 1;
    }
    return new int[] {count, last};
  }

  /**
   * Event nouns that carry their own count: "a double homicide" (2 killed), "a murder-suicide" (2 killed: the
   * killer dies too), "a triple shooting" (3 shot, dead and wounded together).
   */
  private QuantityMention readCountingEvent(String sentence, List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.equals("murder") && Token.sequenceAt(t, i + 1, "-", "suicide")) {
      return new QuantityMention(i, i + 3, table.exact(text(sentence, t, i, i + 3), 2), 2,
          QuantityMention.Kind.NUMBER, Category.KILLED);
    }
    Long n = EVENT_MULTIPLES.get(w);
    if (n == null) {
      return null;
    }
    Category c = EVENT_NOUNS.get(Token.lowerAt(t, i + 1));
    return c == null ? null : new QuantityMention(i, i + 2, table.exact(text(sentence, t, i, i + 2), n), n,
        QuantityMention.Kind.NUMBER, c);
  }

  private QuantityMention readZero(String sentence, List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.equals("nobody") || w.equals("none") || Token.sequenceAt(t, i, "no", "one")) {
      int end = w.equals("no") ? i + 2 : i + 1;
      end += Token.lowerAt(t, end).equals("else") ? 1 : 0; // "no one else was hurt": still nobody hurt
      return new QuantityMention(i, end, table.zero(text(sentence, t, i, end)), 0, QuantityMention.Kind.ZERO, null);
    }
    if (!w.equals("no")) {
      return null;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
      Category c = ZERO_NOUNS.get(t.get(k).lower());
      if (c != null && !(c == Category.INJURED && Token.lowerAt(t, k + 1).equals("or"))) {
        return new QuantityMention(i, i + 1, table.zero(t.get(i).text()), 0, QuantityMention.Kind.ZERO, c);
      }
      if (!ZERO_NOUN_MODIFIERS.contains(t.get(k).lower())) {
        return null;
      }
    }
    return null;
  }

  private static int hedgeLength(List<Token> t, int i) {
    if (!HEDGE_STARTS.contains(t.get(i).lower())) {
      return 0; // most tokens start no hedge: skip building phrases for them
    }
    for (int len = 3; len >= 1; len--) {
      if (i + len <= t.size() && HEDGES.containsKey(phrase(t, i, len))) {
        return len;
      }
    }
    return 0;
  }

  private static String phrase(List<Token> t, int i, int len) {
    StringBuilder sb = new StringBuilder(t.get(i).lower());
    for (int k = i + 1; k < i + len; k++) {
      sb.append(' ').append(t.get(k).lower());
    }
    return sb.toString();
  }

  static String text(String sentence, List<Token> t, int first, int end) {
    return sentence.substring(t.get(first).start(), t.get(end - 1).end());
  }
}
