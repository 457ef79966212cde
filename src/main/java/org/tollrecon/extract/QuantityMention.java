package org.tollrecon.extract;

import java.util.Objects;

/**
 * A stretch of a sentence that counts something, not yet known to count people: tokens
 * {@code [firstToken, endToken)}, their reading, the bare number the hedge applies to ({@code anchor}, -1 for
 * vague words), and for zero phrases that name their own category ("no casualties") that category.
 */
record QuantityMention(int firstToken, int endToken, NumberReading reading, long anchor, Kind kind,
    Category presetCategory) {

  /** How the count was said. */
  enum Kind { NUMBER, VAGUE, SINGULAR, ZERO, ANAPHOR }

  QuantityMention {
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(kind, "kind");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("bad token span " + firstToken + ".." + endToken + " for " + reading.text());
    }
  }
}
