package org.tollrecon.pipeline;

/**
 * How near-duplicates are found: shingle length in words, MinHash tables and seed, the widest Jaccard
 * distance a candidate pair may have, the containment that makes it a copy, and the fewest shingles an
 * article needs to be matched at all (very short texts match too easily).
 */
public record DedupeSettings(
    int shingleWords, int hashTables, long seed, double maxJaccardDistance, double minContainment, int minShingles)
    implements java.io.Serializable {

  public DedupeSettings {
    if (shingleWords < 1 || hashTables < 1 || minShingles < 1) {
      throw new IllegalArgumentException("shingleWords, hashTables and minShingles must be positive");
    }
    if (maxJaccardDistance <= 0 || maxJaccardDistance >= 1 || minContainment <= 0 || minContainment > 1) {
      throw new IllegalArgumentException("maxJaccardDistance must be in (0,1), minContainment in (0,1]");
    }
  }

  public static DedupeSettings defaults() {
    return new DedupeSettings(3, 10, 20201026L, 0.8, 0.8, 20);
  }
}
