package org.tollrecon.extract;

import java.text.Normalizer;
import java.util.Set;

/**
 * Lookup keys for place names. The exact key ignores case, accents, apostrophes, hyphens, spaces and the Arabic
 * article in all its transliterations ("al-", "Al ", "el-", "an-", "ash-"…), so "Ma'arrat an-Nu'man" and
 * "Maarrat al Numan" meet. The loose key also forgets vowel quality, doubled letters and a final "h" after a
 * vowel, because transliterations of one Arabic name differ exactly there ("Maharda"/"Mahardah",
 * "Hasakeh"/"Hasakah", "Idleb"/"Idlib"); it is only trusted with a country to confirm it.
 */
final class PlaceKey {
  private static final Set<String> ARTICLES = Set.of(
      "al", "el", "an", "ar", "as", "ash", "at", "ad", "adh", "az", "ath", "ed", "en", "er", "es", "et", "ez");

  private PlaceKey() {}

  static String exact(String name) {
    String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(s.length());
    String dropped = null; // an article dropped, restored when it was the whole name ("As" in Spain)
    int wordStart = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        key.append(Character.toLowerCase(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && !isApostrophe(c)) {
        String word = key.substring(wordStart);
        if (ARTICLES.contains(word)) {
          key.setLength(wordStart);
          dropped = word;
        }
        wordStart = key.length();
      }
    }
    return key.length() == 0 && dropped != null ? dropped : key.toString();
  }

  static String loose(String name) {
    return looseOfExact(exact(name));
  }

  /** The loose key of an exact key, so that loading computes the exact key once per name. */
  static String looseOfExact(String exact) {
    StringBuilder key = new StringBuilder(exact.length());
    for (int i = 0; i < exact.length(); i++) {
      char c = vowel(exact.charAt(i)) ? 'a' : exact.charAt(i);
      if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
        key.append(c);
      }
    }
    int n = key.length();
    if (n > 2 && key.charAt(n - 1) == 'h' && key.charAt(n - 2) == 'a') {
      key.setLength(n - 1); // ta marbuta: "-ah", "-eh" and "-a", "-e" are one ending
    }
    return key.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u02bb' || c == '\u02bc'
        || c == '\u02be' || c == '\u02bf';
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
