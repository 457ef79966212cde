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
   * Whether the sentence opens the story: only whitespace comes before it, or only the story's headline, an
   * unpunctuated first line (ingest puts the page title's headline there, and a deck or the first line of the
   * body follows it). Such a line tells the story's figures, unlike the headlines of other stories linked
   * further on.
   */
  boolean opensArticle(String article) {
    int first = skipWhitespace(article, 0);
    if (first >= start) {
      return true;
    }
    int lineEnd = article.indexOf('\n', first);
    if (lineEnd < 0 || lineEnd >= start || closes(article.substring(first, lineEnd).strip())) {
      return false;
    }
    return skipWhitespace(article, lineEnd) >= start;
  }

  private static int skipWhitespace(String article, int from) {
    int i = from;
    while (i < article.length() && Character.isWhitespace(article.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean closes(String line) {
    char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '\'';
  }

  /** Whether the sentence stands on a line of its own without closing punctuation, as headlines and captions do. */
  boolean unpunctuatedLine(String article) {
    boolean closed = closes(text);
    int next = end;
    while (next < article.length() && (article.charAt(next) == ' ' || article.charAt(next) == '\u00a0'
        || article.charAt(next) == '\t')) {
      next++;
    }
    boolean lineEnds = next == article.length() || article.charAt(next) == '\n' || article.charAt(next) == '\r';
    return !closed && lineEnds;
  }
}
