package org.tollrecon.pipeline;

import java.io.Serializable;
import java.util.Objects;
import org.tollrecon.ingest.Article;

/** An accepted article with the id of its syndication group. */
public record StoriedArticle(Article article, String storyId) implements Serializable {
  public StoriedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(storyId, "storyId");
  }
}
