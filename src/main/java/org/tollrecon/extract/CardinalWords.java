package org.tollrecon.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads English number words of any size ("two", "twenty-two", "twenty two", "two hundred and fifty",
 * "three million") with ICU's spell-out rules. ICU reads "twenty two" as 2002, so the words are first
 * normalised to the hyphenated form it expects. Thread-safe: each thread has its own ICU formatter.
 */
final class CardinalWords {
  private static final Set<String> UNITS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final Set<String> TENS = Set.of(
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final Set<String> TEENS = Set.of(
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion");
  /** All of the above, probed once per word (the finder asks of every token). */
  private static final Set<String> NUMBER_WORDS = Stream.of(UNITS, TENS, TEENS, SCALES).flatMap(Set::stream)
      .collect(Collectors.toUnmodifiableSet());
  private static final Map<String, Long> SIMPLE = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
      Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
      Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
      Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
      Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L));

  private final ThreadLocal<RuleBasedNumberFormat> spellout = ThreadLocal.withInitial(
      () -> new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

  /** Whether a token is a count's first word: digits or a number word ("12", "twelve"). */
  static boolean startsCount(Token token) {
    return token.isDigits() || isNumberWord(token.lower());
  }

  static boolean isNumberWord(String lower) {
    return NUMBER_WORDS.contains(lower);
  }

  static boolean isScale(String lower) {
    return SCALES.contains(lower);
  }

  /** The value of a run of lower-case number words (hyphens and "and" already dropped); empty if unreadable. */
  OptionalLong parse(List<String> words) {
    if (words.isEmpty()) {
      return OptionalLong.empty();
    }
    if (words.size() == 1 && SIMPLE.containsKey(words.get(0))) {
      return OptionalLong.of(SIMPLE.get(words.get(0))); // most counts are one word: spare ICU's parser for compounds
    }
    String normalised = normalise(words);
    ParsePosition pos = new ParsePosition(0);
    Number n = spellout.get().parse(normalised, pos);
    if (n == null || pos.getIndex() != normalised.length() || n.doubleValue() != Math.rint(n.doubleValue())) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(n.longValue());
  }

  /** "a hundred" → "one hundred"; "twenty two" → "twenty-two", which is how ICU spells 22. */
  private static String normalise(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = i == 0 && (words.get(0).equals("a") || words.get(0).equals("an")) ? "one" : words.get(i);
      if (i > 0) {
        sb.append(TENS.contains(words.get(i - 1)) && UNITS.contains(w) ? "-" : " ");
      }
      sb.append(w);
    }
    return sb.toString();
  }
}
