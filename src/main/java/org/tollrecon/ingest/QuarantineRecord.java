package org.tollrecon.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input record that was not processed, with the reason: one row of {@code quarantine.csv}. {@code reason}
 * starts with a stable code ({@link QuarantineReason#code()}) followed by a detail, e.g.
 * {@code "malformed_json: Unexpected end-of-input at column 41"}.
 */
public record QuarantineRecord(String input, long line, String articleId, String reason, String excerpt)
    implements Serializable {

  /** Longest excerpt kept, in characters. */
  public static final int EXCERPT_CHARS = 200;

  public QuarantineRecord {
    Objects.requireNonNull(reason, "reason");
    excerpt = excerptOf(excerpt);
  }

  public static QuarantineRecord of(RawRecord raw, QuarantineReason reason, String detail) {
    String text = raw.text() != null ? raw.text() : raw.title();
    return new QuarantineRecord(raw.input(), raw.line(), raw.id(), reason.describe(detail), text);
  }

  /** The start of a text on one line, control characters replaced, at most {@link #EXCERPT_CHARS}. */
  public static String excerptOf(String text) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS);
  }
}
