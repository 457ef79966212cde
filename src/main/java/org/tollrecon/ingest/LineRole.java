package org.tollrecon.ingest;

/** What one line of a news page is, as {@link PageChrome} reads it. */
enum LineRole {
  /** Article text, or at least not recognisably anything else. */
  BODY,
  /** Navigation, prompts, ads, separators: dropped. */
  CHROME,
  /** A photo caption: kept apart from the body. */
  CAPTION,
  /** A line that is only a date: page metadata, dropped from the body. */
  DATELINE,
  /** The article is over: a publication trailer or a comment box; this line and the rest are dropped. */
  END_OF_ARTICLE
}
