package org.tollrecon.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The content checks of {@link ArticleScreen}: each takes a non-blank text and the limits and gives the
 * failure (reason and a detail for {@code quarantine.csv}), or empty when the text passes.
 */
final class ContentCheck {

  /** A failed check. */
  record Failure(QuarantineReason reason, String detail) {}

  private static final char REPLACEMENT = '\uFFFD';

  private ContentCheck() {}

  static Optional<Failure> binary(String text, IntakeLimits limits) {
    if (text.indexOf('\0') >= 0) {
      return Optional.of(new Failure(QuarantineReason.BINARY_CONTENT, "text contains NUL characters"));
    }
    long controls = text.chars().filter(ContentCheck::isStrayControl).count();
    double share = (double) controls / text.length();
    if (share > limits.maxControlShare()) {
      return Optional.of(
          new Failure(
              QuarantineReason.BINARY_CONTENT,
              String.format(Locale.ROOT, "%d control characters (%.1f%% of the text)", controls, 100 * share)));
    }
    return Optional.empty();
  }

  static Optional<Failure> undecodable(String text, IntakeLimits limits) {
    long replacements = text.chars().filter(c -> c == REPLACEMENT).count();
    if (replacements > limits.maxReplacementChars()) {
      return Optional.of(
          new Failure(
              QuarantineReason.UNDECODABLE_TEXT,
              replacements + " U+FFFD replacement characters (undecodable bytes); at most "
                  + limits.maxReplacementChars() + " tolerated"));
    }
    return Optional.empty();
  }

  static Optional<Failure> tooLong(String text, IntakeLimits limits) {
    if (text.length() > limits.maxTextChars()) {
      return Optional.of(
          new Failure(
              QuarantineReason.TOO_LONG,
              text.length() + " characters, limit " + limits.maxTextChars()));
    }
    return Optional.empty();
  }

  /** Judged only on texts of enough words: a short text carries too little evidence either way. */
  static Optional<Failure> notEnglish(String text, IntakeLimits limits) {
    LanguageEvidence evidence = LanguageEvidence.of(text);
    if (evidence.words() < limits.languageCheckMinWords()) {
      return Optional.empty();
    }
    if (evidence.nonLatinShare() > limits.maxNonLatinLetterShare()) {
      return Optional.of(
          new Failure(
              QuarantineReason.NOT_ENGLISH,
              String.format(
                  Locale.ROOT, "%.0f%% of letters are not Latin script", 100 * evidence.nonLatinShare())));
    }
    if (evidence.functionWordShare() < limits.minEnglishFunctionWordShare()) {
      return Optional.of(
          new Failure(
              QuarantineReason.NOT_ENGLISH,
              String.format(
                  Locale.ROOT,
                  "English function words are %.1f%% of %d words, below %.1f%%",
                  100 * evidence.functionWordShare(),
                  evidence.words(),
                  100 * limits.minEnglishFunctionWordShare())));
    }
    return Optional.empty();
  }

  /**
   * C0 control characters other than tab and line breaks: no text format puts them in prose. C1 controls
   * are left out because they are mis-decoded Windows-1252 punctuation, which cleaning repairs.
   */
  private static boolean isStrayControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B;
  }
}
