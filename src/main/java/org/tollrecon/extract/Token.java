package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One word, number or punctuation mark of a sentence, with its offsets in the sentence. */
record Token(String text, String lower, int start, int end) {
  private static final Pattern TOKEN = Pattern.compile(
      "(?i:https?://|www\\.)[^\\s]+|(?i:[ap]\\.m\\.)|U\\.S\\.|\\d+(?:[.,:]\\d+)*|[\\p{L}\\p{M}]+(?:['\u2019][\\p{L}]+)*"
          + "|[^\\s\u00a0\u2007\u2009\u200a\u200b\u202f\u3000]");

  /** Splits a sentence into tokens; hyphenated words become word, "-", word. */
  static List<Token> tokenize(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String t = m.group();
      out.add(new Token(t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\''), m.start(), m.end()));
    }
    return out;
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
