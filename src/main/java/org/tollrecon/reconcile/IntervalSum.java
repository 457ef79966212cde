package org.tollrecon.reconcile;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;

/**
 * Adds the readings of disjoint victim groups into one reading: low = Σlow, high = Σhigh (unbounded when
 * any part is), point = Σpoint, text = the parts' words joined by " + ".
 *
 * <p>The qualifier of a sum says how far the total can be trusted, so the loosest part decides: VAGUE if
 * any part is vague; ZERO if all parts are zero; EXACT if all parts are exact or zero; AT_LEAST when the
 * sum has no upper bound (its low is then a floor, "more than" parts having already added their one);
 * the parts' common qualifier when they share one (two "about"s make an "about"); else RANGE. Sums
 * saturate at {@code Long.MAX_VALUE} rather than overflow, so an absurd claim cannot crash a job.
 */
final class IntervalSum {

  private static final Set<Qualifier> EXACT_OR_ZERO = EnumSet.of(Qualifier.EXACT, Qualifier.ZERO);

  private IntervalSum() {}

  static NumberReading of(List<NumberReading> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("cannot sum an empty list of readings");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    long low = 0;
    long point = 0;
    Long high = 0L;
    for (NumberReading part : parts) {
      low = add(low, part.low());
      point = add(point, part.point());
      high = high == null || part.high() == null ? null : add(high, part.high());
    }
    String text = parts.stream().map(NumberReading::text).collect(Collectors.joining(" + "));
    return new NumberReading(text, low, high, point, qualifierOf(parts, high == null));
  }

  private static Qualifier qualifierOf(List<NumberReading> parts, boolean unbounded) {
    Set<Qualifier> seen = EnumSet.noneOf(Qualifier.class);
    parts.forEach(p -> seen.add(p.qualifier()));
    if (seen.contains(Qualifier.VAGUE)) {
      return Qualifier.VAGUE;
    }
    if (EXACT_OR_ZERO.containsAll(seen)) {
      return seen.equals(EnumSet.of(Qualifier.ZERO)) ? Qualifier.ZERO : Qualifier.EXACT;
    }
    if (unbounded) {
      return Qualifier.AT_LEAST;
    }
    return seen.size() == 1 ? seen.iterator().next() : Qualifier.RANGE;
  }

  /** Counts are never negative, so the only overflow is past the top. */
  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
