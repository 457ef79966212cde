package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One word, number or punctuation mark of a sentence, with its offsets in the sentence. */
record Token(String text, String lower, int start, int end) {
  /** White space no token holds: Java's {@code \\s} and the no-break and thin spaces of uncleaned text. */
  private static final String SPACES = " \t\n\u000B\f\r\u00a0\u2007\u2009\u200a\u200b\u202f\u3000";

  /**
   * Splits a sentence into tokens; hyphenated words become word, "-", word. A hand-written scanner (the
   * tokenizer is on every candidate sentence), equal to the regex {@code (?i:https?://|www\.)[^\s]+
   * |(?i:[ap]\.m\.)|U\.S\.|\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+(?:['\u2019]\p{L}+)*|[^\s]} (with the
   * extra spaces of {@link #SPACES}), first alternative first.
   */
  static List<Token> tokenize(String sentence) {
    List<Token> out = new ArrayList<>();
    int p = 0;
    while (p < sentence.length()) {
      if (SPACES.indexOf(sentence.charAt(p)) >= 0) {
        p++;
        continue;
      }
      int end = tokenEnd(sentence, p);
      String t = sentence.substring(p, end);
      out.add(new Token(t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\''), p, end));
      p = end;
    }
    return out;
  }

  private static int tokenEnd(String s, int p) {
    int link = asciiAt(s, p, "http://") ? p + 7 : asciiAt(s, p, "https://") ? p + 8 : asciiAt(s, p, "www.") ? p + 4 : -1;
    int linkEnd = link;
    while (linkEnd >= 0 && linkEnd < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(linkEnd)) < 0) {
      linkEnd++;
    }
    if (linkEnd > link) {
      return linkEnd;
    }
    if (asciiAt(s, p, "a.m.") || asciiAt(s, p, "p.m.") || s.startsWith("U.S.", p)) {
      return p + 4;
    }
    if (isAsciiDigit(s, p)) {
      return numberEnd(s, p);
    }
    int cp = s.codePointAt(p);
    return isLetterOrMark(cp) ? wordEnd(s, p) : p + Character.charCount(cp);
  }

  /** {@code \d+(?:[.,:]\d+)*} from {@code p}. */
  private static int numberEnd(String s, int p) {
    int q = p;
    do {
      q++;
      while (isAsciiDigit(s, q)) {
        q++;
      }
    } while (q < s.length() && ".,:".indexOf(s.charAt(q)) >= 0 && isAsciiDigit(s, q + 1));
    return q;
  }

  /** {@code [\p{L}\p{M}]+(?:['\u2019]\p{L}+)*} from {@code p}, which holds a letter or mark. */
  private static int wordEnd(String s, int p) {
    int q = p;
    while (q < s.length() && isLetterOrMark(s.codePointAt(q))) {
      q += Character.charCount(s.codePointAt(q));
    }
    while (q + 1 < s.length() && (s.charAt(q) == '\'' || s.charAt(q) == '\u2019')
        && Character.isLetter(s.codePointAt(q + 1))) {
      q++;
      while (q < s.length() && Character.isLetter(s.codePointAt(q))) {
        q += Character.charCount(s.codePointAt(q));
      }
    }
    return q;
  }

  private static boolean isLetterOrMark(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isAsciiDigit(String s, int at) {
    return at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
  }

  /** {@code lower} at {@code at}, its letters matched ignoring ASCII case only, as the regex's {@code (?i)} does. */
  private static boolean asciiAt(String s, int at, String lower) {
    if (at + lower.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = s.charAt(at + k);
      char w = lower.charAt(k);
      if (c != w && !(w >= 'a' && w <= 'z' && c == w - ('a' - 'A'))) {
        return false;
      }
    }
    return true;
  }

  /** Links are one token that is neither word nor number: "5-shot-1-killed" in a URL is no claim. */
  boolean isLink() {
    return lower.startsWith("http") || lower.startsWith("www.");
  }

  boolean isDigits() {
    return Character.isDigit(text.charAt(0));
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0)) && !isLink();
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String word) {
    return lower.equals(word);
  }

  /** Whether this is the first token of {@code words} laid out in {@code tokens} from {@code at}. */
  static boolean sequenceAt(List<Token> tokens, int at, String... words) {
    if (at < 0 || at + words.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!tokens.get(at + k).lower().equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  static String lowerAt(List<Token> tokens, int at) {
    return at >= 0 && at < tokens.size() ? tokens.get(at).lower() : "";
  }
}
