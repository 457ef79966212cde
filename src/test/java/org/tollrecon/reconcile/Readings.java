package org.tollrecon.reconcile;

import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;

/** The readings of DESIGN.md section 4.1 that the tests use, by the words that give them. */
final class Readings {

  private Readings() {}

  static NumberReading exact(long n) {
    return NumberReading.exact(Long.toString(n), n);
  }

  /** A number written in words ("seven"): exact. */
  static NumberReading word(String text, long n) {
    return NumberReading.exact(text, n);
  }

  static NumberReading none() {
    return NumberReading.exact("no", 0);
  }

  static NumberReading atLeast(long n) {
    return new NumberReading("at least " + n, n, null, n, Qualifier.AT_LEAST);
  }

  static NumberReading moreThan(long n) {
    return new NumberReading("more than " + n, n + 1, null, n + 1, Qualifier.MORE_THAN);
  }

  static NumberReading nearly(long n) {
    return new NumberReading("nearly " + n, (long) Math.ceil(0.9 * n), n - 1, n - 1, Qualifier.APPROX);
  }

  static NumberReading about(long n) {
    return new NumberReading(
        "about " + n, (long) Math.floor(0.9 * n), (long) Math.ceil(1.1 * n), n, Qualifier.APPROX);
  }

  static NumberReading dozens() {
    return new NumberReading("dozens", 24, 99L, 24, Qualifier.VAGUE);
  }

  static NumberReading scores() {
    return new NumberReading("scores", 40, 99L, 40, Qualifier.VAGUE);
  }

  static NumberReading reading(String text, long low, Long high, long point, Qualifier qualifier) {
    return new NumberReading(text, low, high, point, qualifier);
  }
}
