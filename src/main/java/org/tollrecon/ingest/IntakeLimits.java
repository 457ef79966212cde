package org.tollrecon.ingest;

import java.io.Serializable;

/**
 * The thresholds {@link ArticleScreen} admits records by.
 *
 * @param maxTextChars longest text accepted, in characters
 * @param maxControlShare largest share of control characters (other than tab and line breaks) in a text
 *     that is still taken as text rather than binary content
 * @param maxReplacementChars most U+FFFD replacement characters (undecodable bytes) tolerated
 * @param languageCheckMinWords texts with fewer word tokens pass the language check unjudged
 * @param minEnglishFunctionWordShare smallest share of common English function words among word tokens
 * @param maxNonLatinLetterShare largest share of letters outside the Latin script
 */
public record IntakeLimits(
    int maxTextChars,
    double maxControlShare,
    int maxReplacementChars,
    int languageCheckMinWords,
    double minEnglishFunctionWordShare,
    double maxNonLatinLetterShare)
    implements Serializable {

  public IntakeLimits {
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
    }
    if (maxReplacementChars < 0 || languageCheckMinWords < 0) {
      throw new IllegalArgumentException(
          "maxReplacementChars and languageCheckMinWords must not be negative, were "
              + maxReplacementChars + " and " + languageCheckMinWords);
    }
    requireShare("maxControlShare", maxControlShare);
    requireShare("minEnglishFunctionWordShare", minEnglishFunctionWordShare);
    requireShare("maxNonLatinLetterShare", maxNonLatinLetterShare);
  }

  /** The limits used unless configured otherwise. */
  public static IntakeLimits defaults() {
    return new IntakeLimits(1_000_000, 0.01, 3, 25, 0.05, 0.30);
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }
}
