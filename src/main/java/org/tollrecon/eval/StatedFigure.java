package org.tollrecon.eval;

/**
 * Whether a claim's words state a figure. A claim's {@code point} is a reading of its words (DESIGN.md section
 * 4.1): "more than 30" reads 31 and "nearly 90" reads 89, yet the figure the article gives, the one annotators
 * of a benchmark copy down, is 30 and 90; "between 500 and 1300" gives both 500 and 1300. This undoes the
 * readings of the default table from the claim's interval and qualifier, so it needs no second parse of the text.
 */
public final class StatedFigure {
  private StatedFigure() {}

  /**
   * @param qualifier the claim's qualifier label ({@code more_than}, {@code range}, {@code approx}, ...)
   * @param high the interval's upper end, or null when open
   * @return true when {@code figure} is the point or a number the claim's words state
   */
  public static boolean stated(long figure, String qualifier, long low, Long high, long point) {
    if (figure == point) {
      return true;
    }
    return switch (qualifier) {
      case "more_than" -> figure == low - 1;
      case "range" -> figure == low || high != null && figure == high;
      // "nearly N" reads [.., N-1] with the point at the top; "about N" keeps its point at N, inside the interval.
      case "approx" -> high != null && point == high && figure == high + 1;
      default -> false;
    };
  }
}
