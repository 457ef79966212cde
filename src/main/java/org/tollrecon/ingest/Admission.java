package org.tollrecon.ingest;

import java.io.Serializable;

/**
 * The outcome of screening one {@link RawRecord}: exactly one of an accepted {@link Article} or a
 * {@link QuarantineRecord} saying why it was not processed.
 */
public record Admission(Article article, QuarantineRecord rejection) implements Serializable {

  public Admission {
    if ((article == null) == (rejection == null)) {
      throw new IllegalArgumentException("an admission holds exactly one of article and rejection");
    }
  }

  public static Admission accept(Article article) {
    return new Admission(article, null);
  }

  public static Admission reject(QuarantineRecord rejection) {
    return new Admission(null, rejection);
  }

  /** True when the record became an article. */
  public boolean accepted() {
    return article != null;
  }
}
