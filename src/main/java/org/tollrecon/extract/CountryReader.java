package org.tollrecon.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ISO 3166 alpha-2 codes from country names and US state names (not demonyms, not "Turkey-backed"): the
 * country a text mentions most, which tells {@link PlaceReader} which of several same-named places is meant.
 */
final class CountryReader {
  private CountryReader() {}

  /** The country {@code text} names most often (the first named on a tie), or null. */
  static String dominant(String text) {
    List<PhraseLexicon.Hit> hits = Lexicons.countries().findAll(text);
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (PhraseLexicon.Hit hit : hits) {
      int n = counts.merge(hit.value(), 1, Integer::sum);
      if (best == null || n > counts.get(best)) {
        best = hit.value();
      }
    }
    return best;
  }
}
