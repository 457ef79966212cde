package org.tollrecon.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ISO 3166 alpha-2 codes from country names and US state names (not demonyms, not "Turkey-backed"): the code
 * of a place name (or of a gazetteer place), and the country an article mentions most (first mentioned on a
 * tie).
 */
final class CountryReader {
  private CountryReader() {}

  /**
   * The country of a place name: from the country lexicon, else from the gazetteer (its most populous place of
   * that name, which is the one {@link PlaceReader} gives when the sentence names no other country).
   */
  static String codeOf(String place) {
    String code = Lexicons.countries().valueOf(place);
    return code != null ? code : Gazetteer.get().resolve(place).map(Place::country).orElse(null);
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
