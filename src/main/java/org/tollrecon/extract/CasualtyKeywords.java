package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cheap first pass: the offsets of words in an article that start like a casualty word ("kill", "wound",
 * "displac", "hospital"...). One pass over the characters with a hash probe per word, so sentences without a
 * hit are never tokenised. Immutable and thread-safe.
 */
final class CasualtyKeywords {
  private static final List<String> STEMS = List.of(
      "kill", "fatal", "dead", "death", "died", "dies", "dying", "slain", "perish", "murder", "execut", "massacr",
      "martyr", "wound", "injur", "hurt", "casualt", "fatalit", "shot", "shoots", "toll", "life", "lives", "bodies",
      "hospital", "critical", "condition", "gunshot", "graze", "homicid", "suicid", "double", "triple", "quadruple",
      "missing", "displac", "fled", "arrest", "detain", "kidnap", "abduct", "gunned", "behead", "claim", "hit",
      "shooting", "struck", "paraly", "surviv", "recover", "succumb", "passed", "passes", "deceased", "victim");
  private static final int KEY = 3;
  private static final Map<String, List<String>> BY_PREFIX = index();
  /** The stems' lower-case ASCII prefixes as a table, so that most words are rejected without a substring. */
  private static final boolean[] ASCII_PREFIXES = asciiPrefixes();

  private static Map<String, List<String>> index() {
    Map<String, List<String>> index = new HashMap<>();
    for (String stem : STEMS) {
      index.computeIfAbsent(stem.substring(0, KEY), k -> new ArrayList<>()).add(stem);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(index);
  }

  private static boolean[] asciiPrefixes() {
    boolean[] table = new boolean[26 * 26 * 26];
    BY_PREFIX.keySet().forEach(p -> table[asciiPrefix(p, 0)] = true);
    return table;
  }

  /** The table slot of the three ASCII letters at {@code start}, or -1 when one is no ASCII letter. */
  private static int asciiPrefix(String text, int start) {
    int slot = 0;
    for (int k = start; k < start + KEY; k++) {
      char c = text.charAt(k);
      int letter = c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : -1;
      if (letter < 0) {
        return -1;
      }
      slot = slot * 26 + letter;
    }
    return slot;
  }

  /** Start offsets of the casualty words of {@code text}, ascending. */
  static int[] hits(String text) {
    int[] out = new int[16];
    int n = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < length && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end - i >= KEY && isCasualtyWord(text, i, end)) {
        out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
        out[n++] = i;
      }
      i = end;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isCasualtyWord(String text, int start, int end) {
    int slot = asciiPrefix(text, start);
    if (slot >= 0 && !ASCII_PREFIXES[slot]) {
      return false;
    }
    List<String> stems = BY_PREFIX.get(text.substring(start, start + KEY).toLowerCase(Locale.ROOT));
    if (stems == null) {
      return false;
    }
    for (String stem : stems) {
      if (end - start >= stem.length() && text.regionMatches(true, start, stem, 0, stem.length())) {
        return true;
      }
    }
    return false;
  }
}
