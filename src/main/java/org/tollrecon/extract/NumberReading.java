package org.tollrecon.extract;

import java.io.Serializable;
import java.util.Objects;

/**
 * The integer interval a piece of text allows: "more than 50" reads as low 51, no upper bound, point 51.
 * {@code high == null} means unbounded above. Invariant: {@code 0 <= low <= point} and, when bounded,
 * {@code point <= high}.
 */
public record NumberReading(String text, long low, Long high, long point, Qualifier qualifier)
    implements Serializable {

  public NumberReading {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
    if (low < 0 || point < low || (high != null && (high < point))) {
      throw new IllegalArgumentException(
          "inconsistent reading of '" + text + "': low=" + low + " point=" + point + " high=" + high);
    }
  }

  public static NumberReading exact(String text, long n) {
    return new NumberReading(text, n, n, n, n == 0 ? Qualifier.ZERO : Qualifier.EXACT);
  }

  public boolean unbounded() {
    return high == null;
  }

  /** Whether this interval and the other share at least one integer. */
  public boolean intersects(NumberReading other) {
    long lo = Math.max(low, other.low);
    long hi = Math.min(high == null ? Long.MAX_VALUE : high, other.high == null ? Long.MAX_VALUE : other.high);
    return lo <= hi;
  }
}
