package org.tollrecon.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The words every match of a pattern can start with, so that the pattern is tried only where such a word
 * starts. {@link Matcher#find()} tries a pattern at every character of a sentence, and a pattern that is a
 * long alternation ("town|village|city|...") runs all its branches at every word: most of the cost of the
 * date, event, scope, place and source patterns. A word here is a run of letters and digits starting where
 * the previous character is neither (nor '_'), compared lower-cased; a pattern gated by it must open with
 * {@code \b} and a word char, and its first word must end at a character that is no letter or digit. Then
 * {@link #find} gives the same matches as {@code find}, only sooner.
 */
final class OpeningWords {
  private static final int HASH_BITS = 12;

  private final Set<String> words;
  private final boolean numbers;
  private final int longest;
  private final AsciiWordHashes hashes;

  private OpeningWords(Set<String> words, boolean numbers) {
    this.words = words;
    this.numbers = numbers;
    this.longest = words.stream().mapToInt(String::length).max().orElse(0);
    this.hashes = new AsciiWordHashes(words, HASH_BITS, true);
  }

  /** Matches open with one of {@code words} (lower-case, ignoring case in the text). */
  static OpeningWords of(String... words) {
    return new OpeningWords(Set.of(words), false);
  }

  /** Matches open with one of {@code words} or with a word starting with a digit ("12 March"). */
  static OpeningWords orNumber(String... words) {
    return new OpeningWords(Set.of(words), true);
  }

  /** These words and {@code more}. */
  OpeningWords and(String... more) {
    String[] all = Arrays.copyOf(words.toArray(String[]::new), words.size() + more.length);
    System.arraycopy(more, 0, all, words.size(), more.length);
    return new OpeningWords(Set.of(all), numbers);
  }

  /**
   * Like {@code matcher.find()} from {@code from}: the next match starting at or after it, which the matcher
   * then holds (groups, start, end). Tries the pattern only at the opening words.
   */
  boolean find(Matcher matcher, CharSequence text, int from) {
    matcher.useTransparentBounds(true).useAnchoringBounds(false);
    int i = from;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = runEnd(text, i);
      if (opens(text, i, end)) {
        matcher.region(i, text.length());
        if (matcher.lookingAt()) {
          return true;
        }
      }
      i = end;
    }
    return false;
  }

  /**
   * Whether a match may open with the word {@code text[start, end)}. An ASCII word is judged by its hash alone,
   * computed as {@link String#hashCode()} of the lower-cased word would be: the rare word whose hash collides
   * with an opening word's costs one needless try of the pattern, which rejects it. A word with other
   * characters is lower-cased and looked up: lower-casing may change its length.
   */
  private boolean opens(CharSequence text, int start, int end) {
    if (numbers && Character.isDigit(text.charAt(start))) {
      return true;
    }
    if (end - start > longest) {
      return false;
    }
    return switch (hashes.judge(text, start, end)) {
      case ABSENT -> false;
      case MAYBE -> true;
      case NOT_ASCII -> words.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    };
  }

  /** The characters {@code \b} counts as word characters besides combining marks, which no word here starts with. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int runEnd(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
