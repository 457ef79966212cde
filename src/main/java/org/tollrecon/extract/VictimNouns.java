package org.tollrecon.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The nouns that name people who can be harmed ("civilians", "Asayesh fighters" → fighters), read once from
 * {@code victims.tsv}: takes a lower-case word, gives its normalised group and whether it is singular.
 */
final class VictimNouns {
  /** A victim noun's normalised group and grammatical number. */
  record Entry(String group, boolean singular) {}

  private final Map<String, Entry> entries;

  private VictimNouns(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  static VictimNouns load(String resource) {
    Map<String, Entry> entries = new HashMap<>();
    for (String[] cols : LexiconRows.read(resource)) {
      if (cols.length != 3 || !(cols[2].equals("sg") || cols[2].equals("pl"))) {
        throw new IllegalStateException(
            "victims lexicon: expected word<TAB>group<TAB>sg|pl in '" + String.join("\t", cols) + "'");
      }
      entries.put(cols[0], new Entry(cols[1], cols[2].equals("sg")));
    }
    return new VictimNouns(entries);
  }

  Entry get(String lower) {
    return entries.get(lower);
  }

  boolean contains(String lower) {
    return entries.containsKey(lower);
  }
}
