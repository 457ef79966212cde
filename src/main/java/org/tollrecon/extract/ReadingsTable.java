package org.tollrecon.extract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configurable number readings of DESIGN.md section 4.1: takes a hedge and a number (or a vague word)
 * and gives the {@link NumberReading} interval. Plain numbers and a map only, so Jackson writes it into
 * run.json and reads it back unchanged.
 *
 * @param nearlyLowFactor "nearly N" reads low = ceil(factor * N)
 * @param approxLowFactor "about N" reads low = floor(factor * N)
 * @param approxHighFactor "about N" reads high = ceil(factor * N)
 * @param vague readings of vague quantity words ("dozens", "scores", ...), keyed by the lower-case word
 */
public record ReadingsTable(
    double nearlyLowFactor, double approxLowFactor, double approxHighFactor, Map<String, VagueReading> vague)
    implements Serializable {

  /** The interval one vague quantity word stands for; {@code high == null} is unbounded. */
  public record VagueReading(long low, Long high, long point) implements Serializable {
    public VagueReading {
      if (low < 0 || point < low || (high != null && high < point)) {
        throw new IllegalArgumentException("inconsistent vague reading low=" + low + " point=" + point + " high=" + high);
      }
    }
  }

  public ReadingsTable {
    if (!(nearlyLowFactor > 0 && nearlyLowFactor <= 1)) {
      throw new IllegalArgumentException("nearlyLowFactor must be in (0, 1]: " + nearlyLowFactor);
    }
    if (!(approxLowFactor > 0 && approxLowFactor <= 1)) {
      throw new IllegalArgumentException("approxLowFactor must be in (0, 1]: " + approxLowFactor);
    }
    if (!(approxHighFactor >= 1)) {
      throw new IllegalArgumentException("approxHighFactor must be >= 1: " + approxHighFactor);
    }
    Objects.requireNonNull(vague, "vague");
    vague = Collections.unmodifiableMap(new TreeMap<>(vague));
  }

  /** The table of DESIGN.md section 4.1, plus "thousands" and "tens" read on the pattern of "hundreds"/"dozens". */
  public static ReadingsTable defaults() {
    Map<String, VagueReading> vague = new TreeMap<>();
    vague.put("several", new VagueReading(3, 9L, 3));
    vague.put("dozens", new VagueReading(24, 99L, 24));
    vague.put("tens", new VagueReading(20, 99L, 20));
    vague.put("scores", new VagueReading(40, 99L, 40));
    vague.put("hundreds", new VagueReading(200, 999L, 200));
    vague.put("thousands", new VagueReading(2000, 9999L, 2000));
    return new ReadingsTable(0.9, 0.9, 1.1, vague);
  }

  NumberReading exact(String text, long n) {
    return NumberReading.exact(text, n);
  }

  NumberReading atLeast(String text, long n) {
    return new NumberReading(text, n, null, n, Qualifier.AT_LEAST);
  }

  NumberReading moreThan(String text, long n) {
    return new NumberReading(text, n + 1, null, n + 1, Qualifier.MORE_THAN);
  }

  /** "nearly N": just under N. "nearly 1" has nothing under it but 0, which is what it then reads. */
  NumberReading nearly(String text, long n) {
    long high = Math.max(n - 1, 0);
    long low = Math.min(scaled(nearlyLowFactor, n, RoundingMode.CEILING), high);
    return new NumberReading(text, low, high, high, Qualifier.APPROX);
  }

  NumberReading approx(String text, long n) {
    long low = scaled(approxLowFactor, n, RoundingMode.FLOOR);
    long high = scaled(approxHighFactor, n, RoundingMode.CEILING);
    return new NumberReading(text, low, high, n, Qualifier.APPROX);
  }

  NumberReading upTo(String text, long n) {
    return new NumberReading(text, 0, n, n, Qualifier.AT_MOST);
  }

  /** "fewer than N": at most N - 1. */
  NumberReading fewerThan(String text, long n) {
    long high = Math.max(n - 1, 0);
    return new NumberReading(text, 0, high, high, Qualifier.AT_MOST);
  }

  NumberReading range(String text, long from, long to) {
    return new NumberReading(text, from, to, (from + to) / 2, Qualifier.RANGE);
  }

  NumberReading zero(String text) {
    return new NumberReading(text, 0, 0L, 0, Qualifier.ZERO);
  }

  /** A vague word scaled by {@code unit} ("tens of thousands" = tens x 1000); empty when the word is not in the table. */
  Optional<NumberReading> vague(String text, String word, long unit) {
    VagueReading v = vague.get(word);
    if (v == null) {
      return Optional.empty();
    }
    Long high = v.high() == null ? null : v.high() * unit + (unit - 1);
    return Optional.of(new NumberReading(text, v.low() * unit, high, v.point() * unit, Qualifier.VAGUE));
  }

  /** Decimal arithmetic so that 1.1 x 10 is 11, not 11.000000000000002 rounded up to 12. */
  private static long scaled(double factor, long n, RoundingMode mode) {
    return BigDecimal.valueOf(factor).multiply(BigDecimal.valueOf(n)).setScale(0, mode).longValueExact();
  }
}
