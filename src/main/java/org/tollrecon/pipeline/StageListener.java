package org.tollrecon.pipeline;

/** Hears of each finished stage, for the one progress line per stage the command line prints. */
@FunctionalInterface
public interface StageListener {
  /** {@code counts} is a short human description such as "5 articles, 1 quarantined". */
  void stageDone(String stage, String counts, double seconds);
}
