package org.tollrecon.extract;

import java.util.Objects;

/** One sentence of an article: its text and where it sits in the article text. */
record SentenceSpan(int start, int end, String text) {
  SentenceSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad sentence span " + start + ".." + end + " for " + text.length() + " chars");
    }
  }

  /**
   * Whether only whitespace comes before the sentence: an unpunctuated line there is the story's own headline,
   * which tells the story's figures, unlike the headlines of other stories linked further on.
   */
  boolean opensArticle(String article) {
    for (int i = 0; i < start; i++) {
      if (!Character.isWhitespace(article.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence stands on a line of its own without closing punctuation, as headlines and captions do. */
  boolean unpunctuatedLine(String article) {
    char last = text.charAt(text.length() - 1);
    boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '\'';
    int next = end;
    while (next < article.length() && (article.charAt(next) == ' ' || article.charAt(next) == '\u00a0'
        || article.charAt(next) == '\t')) {
      next++;
    }
    boolean lineEnds = next == article.length() || article.charAt(next) == '\n' || article.charAt(next) == '\r';
    return !closed && lineEnds;
  }
}
