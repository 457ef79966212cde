package org.tollrecon.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles of a text for near-duplicate detection: lower-cased letter/digit tokens, joined in runs of
 * {@code size}. Punctuation, quotes and spacing do not matter, so the same wire story with another site's
 * typography gives the same shingles.
 */
public final class Shingles {
  /** Three-word shingles: long enough to be specific, short enough to survive light editing. */
  public static final int DEFAULT_SIZE = 3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  /** The distinct shingles of {@code text}, in first-seen order; empty when it has fewer words than size. */
  public static List<String> of(String text, int size) {
    List<String> words = words(text);
    Set<String> shingles = new LinkedHashSet<>();
    for (int i = 0; i + size <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + size)));
    }
    return new ArrayList<>(shingles);
  }

  private static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * Containment of the smaller shingle set in the larger, from their Jaccard distance and sizes:
   * |A∩B| = J(|A|+|B|)/(1+J) with J the Jaccard similarity. A copy cut short has a low Jaccard similarity
   * with the full story but a containment near 1.
   */
  public static double containment(double jaccardDistance, long sizeA, long sizeB) {
    if (sizeA == 0 || sizeB == 0) {
      return 0.0;
    }
    double similarity = 1.0 - jaccardDistance;
    double intersection = similarity * (sizeA + sizeB) / (1.0 + similarity);
    return intersection / Math.min(sizeA, sizeB);
  }
}
