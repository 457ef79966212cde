package org.tollrecon.ingest;

import java.text.Normalizer;

/**
 * Takes raw article text and gives it in NFC with typographic quotes and primes as ASCII {@code '} and
 * {@code "}, every Unicode space as a plain space, invisible characters removed and line breaks as
 * {@code \n}. Line structure is kept: cleaning and metadata inference both work line by line.
 */
final class CharacterNormalizer {

  private CharacterNormalizer() {}

  static String normalize(String raw) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        appendReplacement(out, c);
      }
    }
    return out.toString();
  }

  private static void appendReplacement(StringBuilder out, char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u02BC' -> out.append('\'');
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036' -> out.append('"');
      case '\u2028', '\u2029', '\u000B', '\u000C', '\u0085' -> out.append('\n');
      // Invisible characters carry no text; keeping them would split words for every later pattern.
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
      default -> out.append(isHorizontalSpace(c) ? ' ' : c);
    }
  }

  private static boolean isHorizontalSpace(char c) {
    return c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }
}
