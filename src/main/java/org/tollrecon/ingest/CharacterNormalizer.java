package org.tollrecon.ingest;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Takes raw article text and gives it in NFC with typographic quotes and primes as ASCII {@code '} and
 * {@code "}, every Unicode space as a plain space, invisible characters removed and line breaks as
 * {@code \n}. C1 control characters are read as the Windows-1252 characters they almost always are (smart
 * quotes of a page decoded as Latin-1). Line structure is kept: cleaning and metadata inference both work
 * line by line.
 */
final class CharacterNormalizer {

  /** What U+0080..U+009F stand for in Windows-1252; U+FFFD where that code page leaves a byte undefined. */
  private static final String CP1252_C1 = windows1252HighControls();

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

  private static void appendReplacement(StringBuilder out, char raw) {
    char c = raw >= '\u0080' && raw <= '\u009F' ? CP1252_C1.charAt(raw - 0x80) : raw;
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u02BC' -> out.append('\'');
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036' -> out.append('"');
      case '\u2028', '\u2029', '\u000B', '\u000C' -> out.append('\n');
      // Invisible characters carry no text; keeping them would split words for every later pattern.
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
      // A C1 byte Windows-1252 leaves undefined carries nothing; a real U+FFFD stays as evidence of bad bytes.
      case '\uFFFD' -> {
        if (raw == c) {
          out.append(c);
        }
      }
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

  private static String windows1252HighControls() {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + i);
    }
    return new String(bytes, Charset.forName("windows-1252"));
  }
}
