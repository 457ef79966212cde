package org.tollrecon.eval;

import java.util.Locale;

/**
 * The GVC benchmark score of a run (see {@code shared/benchmarks/gvc/README.md}): over gold incidents,
 * the share whose killed and injured counts equal the predicted incident's {@code killed_best} and
 * {@code injured_best}, the share whose counts lie inside the predicted {@code [low, high]}, the same for
 * the trivial baseline (always 0 killed, 1 injured), and B-cubed precision, recall and F1 of
 * article-to-incident grouping.
 */
public record GvcScore(
    int incidents,
    double killedExact,
    double injuredExact,
    double bothExact,
    double killedInRange,
    double injuredInRange,
    double baselineBoth,
    double bcubedPrecision,
    double bcubedRecall) {

  public double bcubedF1() {
    double sum = bcubedPrecision + bcubedRecall;
    return sum == 0 ? 0 : 2 * bcubedPrecision * bcubedRecall / sum;
  }

  /** A few lines for the console. */
  public String describe() {
    return String.format(Locale.ROOT,
        "GVC: %d gold incidents%n"
            + "  killed exact   %.3f   in [low, high] %.3f%n"
            + "  injured exact  %.3f   in [low, high] %.3f%n"
            + "  both exact     %.3f   (baseline 0 killed / 1 injured: %.3f)%n"
            + "  grouping       B-cubed precision %.3f, recall %.3f, F1 %.3f%n",
        incidents, killedExact, killedInRange, injuredExact, injuredInRange, bothExact, baselineBoth,
        bcubedPrecision, bcubedRecall, bcubedF1());
  }
}
