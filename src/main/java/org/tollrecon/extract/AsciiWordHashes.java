package org.tollrecon.extract;

import java.util.Collection;

/**
 * A cheap first test of whether a word of a text is one of a set of words, without a substring: the low bits
 * of each word's {@link String#hashCode()}, lower-cased when the set ignores case. A word of ASCII characters
 * whose hash misses them is surely absent; one that hits may be present (a colliding word gets through). A word
 * with other characters is not judged, because lower-casing it may change its length. Immutable, thread-safe.
 */
final class AsciiWordHashes {
  /** What the hashes tell of one word. */
  enum Verdict { ABSENT, MAYBE, NOT_ASCII }

  private final boolean[] slots;
  private final boolean foldCase;

  /** {@code words} as they are probed: lower-case when {@code foldCase}; {@code bits} sizes the table. */
  AsciiWordHashes(Collection<String> words, int bits, boolean foldCase) {
    this.slots = new boolean[1 << bits];
    this.foldCase = foldCase;
    words.forEach(word -> slots[word.hashCode() & (slots.length - 1)] = true);
  }

  /** The verdict on the word {@code text[start, end)}. */
  Verdict judge(CharSequence text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        return Verdict.NOT_ASCII;
      }
      h = 31 * h + (foldCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return slots[h & (slots.length - 1)] ? Verdict.MAYBE : Verdict.ABSENT;
  }
}
