package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An immutable phrase list read from a UTF-8 resource of {@code phrase<TAB>value} lines ('#' starts a comment):
 * finds every listed phrase in a text, longest first, as whole words, and gives its value. Lookup is one hash
 * probe per word of the text, so long lexicons cost no more than short ones. A phrase glued to
 * a following hyphen ("Turkey-backed") is an adjective, not a mention, and is not found.
 */
final class PhraseLexicon {
  /** One phrase found in a text. */
  record Hit(int start, int end, String value) {}

  private final Map<String, String> values;
  /** Phrases by their first word (lower-cased unless case-sensitive), longest first: one hash probe per word. */
  private final Map<String, List<String>> byFirstWord;
  private final boolean caseSensitive;
  /** Rejects most words of a text that start no phrase without a substring and a hash probe. */
  private final AsciiWordHashes firstWordHashes;

  private static final int HASH_BITS = 16;

  private PhraseLexicon(Map<String, String> values, boolean caseSensitive) {
    this.values = Map.copyOf(values);
    this.caseSensitive = caseSensitive;
    Map<String, List<String>> index = new HashMap<>();
    for (String phrase : values.keySet()) {
      index.computeIfAbsent(phrase.substring(0, wordEnd(phrase, 0)), k -> new ArrayList<>()).add(phrase);
    }
    index.replaceAll((k, list) -> list.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .collect(Collectors.toUnmodifiableList()));
    this.byFirstWord = Map.copyOf(index);
    this.firstWordHashes = new AsciiWordHashes(byFirstWord.keySet(), HASH_BITS, !caseSensitive);
  }

  static PhraseLexicon load(String resource, boolean caseSensitive) {
    Map<String, String> values = new HashMap<>();
    for (String[] cols : LexiconRows.read(resource)) {
      if (cols.length < 2) {
        throw new IllegalStateException("lexicon " + resource + ": no tab in line '" + String.join("\t", cols) + "'");
      }
      values.put(key(cols[0].trim(), caseSensitive), cols[1].trim());
    }
    return new PhraseLexicon(values, caseSensitive);
  }

  private static String key(String phrase, boolean caseSensitive) {
    return caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
  }

  List<Hit> findAll(String text) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int wordEnd = wordEnd(text, i);
      if (firstWordHashes.judge(text, i, wordEnd) == AsciiWordHashes.Verdict.ABSENT) {
        i = wordEnd;
        continue;
      }
      String first = text.substring(i, wordEnd);
      List<String> candidates = byFirstWord.get(caseSensitive ? first : first.toLowerCase(Locale.ROOT));
      String phrase = candidates == null ? null : matchAt(text, i, candidates);
      if (phrase != null) {
        hits.add(new Hit(i, i + phrase.length(), values.get(phrase)));
        i += phrase.length();
      } else {
        i = wordEnd;
      }
    }
    return hits;
  }

  private String matchAt(String text, int at, List<String> candidates) {
    for (String phrase : candidates) {
      int end = at + phrase.length();
      if (text.regionMatches(!caseSensitive, at, phrase, 0, phrase.length()) && boundaryAt(text, end)) {
        return phrase;
      }
    }
    return null;
  }

  /** A phrase ends at a non-word character; one glued to "-word" ("Turkey-backed") is an adjective. */
  private static boolean boundaryAt(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    boolean hyphenWord = c == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1));
    return !Character.isLetterOrDigit(c) && !hyphenWord;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The value of exactly this phrase, or null. */
  String valueOf(String phrase) {
    return values.get(key(phrase.replace('\u2019', '\''), caseSensitive));
  }
}
