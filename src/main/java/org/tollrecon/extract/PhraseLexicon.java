package org.tollrecon.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An immutable phrase list read from a UTF-8 resource of {@code phrase<TAB>value} lines ('#' starts a comment):
 * finds every listed phrase in a text, longest first, as whole words, and gives its value. A phrase glued to
 * a following hyphen ("Turkey-backed") is an adjective, not a mention, and is not found.
 */
final class PhraseLexicon {
  /** One phrase found in a text. */
  record Hit(int start, int end, String value) {}

  private final Map<String, String> values;
  private final Pattern pattern;
  private final boolean caseSensitive;

  private PhraseLexicon(Map<String, String> values, boolean caseSensitive) {
    this.values = Map.copyOf(values);
    this.caseSensitive = caseSensitive;
    String alternation = values.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}]|-\\p{L})", flags);
  }

  static PhraseLexicon load(String resource, boolean caseSensitive) {
    Map<String, String> values = new HashMap<>();
    try (InputStream in = PhraseLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalStateException("lexicon " + resource + ": no tab in line '" + line + "'");
        }
        values.put(key(cols[0].trim(), caseSensitive), cols[1].trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return new PhraseLexicon(values, caseSensitive);
  }

  private static String key(String phrase, boolean caseSensitive) {
    return caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
  }

  List<Hit> findAll(CharSequence text) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String phrase = m.group().replace('\u2019', '\'');
      hits.add(new Hit(m.start(), m.end(), values.get(key(phrase, caseSensitive))));
    }
    return hits;
  }

  /** The value of exactly this phrase, or null. */
  String valueOf(String phrase) {
    return values.get(key(phrase.replace('\u2019', '\''), caseSensitive));
  }
}
