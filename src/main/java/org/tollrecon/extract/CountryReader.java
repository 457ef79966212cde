package org.tollrecon.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ISO 3166 alpha-2 codes from country names and US state names (not demonyms, not "Turkey-backed"): the code
 * of a place name, and the country an article mentions most (first mentioned on a tie).
 */
final class CountryReader {
  private CountryReader() {}

  static String codeOf(String place) {
    return Lexicons.countries().valueOf(place);
  }

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
