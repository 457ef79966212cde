package org.tollrecon.extract;

import java.time.LocalDate;
import java.util.Objects;

/** What extraction reads: the cleaned text of one article and, when known, its publication date. */
public record ArticleText(String articleId, String text, LocalDate published) {
  public ArticleText {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
  }
}
