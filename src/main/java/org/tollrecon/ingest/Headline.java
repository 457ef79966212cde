package org.tollrecon.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The story's own headline, read from a page title, and the body it opens. Page titles carry the site's name
 * after a separator ("4 shot in West End | WXYZ", "Man killed on Elm Street - Daily Courier"); that tail is
 * no part of the story. Local news often puts its figures only in the headline, so the headline opens the
 * cleaned text as its own first paragraph, unless the body already holds it: every claim offset then stays
 * an offset into one text.
 */
final class Headline {

  /** " | ", " - ", " – ", " — ", " -- ", " :: ": what sets a site's name or section apart in a page title. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-{1,2}|\\u2013|\\u2014|::)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  /** A title part of fewer words is a site's or a section's name ("KSLA 12", "Local News"), not a headline. */
  private static final int MIN_WORDS = 3;

  private Headline() {}

  /**
   * The headline in a page title: its first part of at least three words, characters normalised as in the
   * body; empty for a blank title or one with no such part.
   */
  static Optional<String> of(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    String flat = SPACES.matcher(CharacterNormalizer.normalize(title)).replaceAll(" ").strip();
    for (String part : SEPARATOR.split(flat)) {
      if (PageChrome.wordCount(part.strip()) >= MIN_WORDS) {
        return Optional.of(part.strip());
      }
    }
    return Optional.empty();
  }

  /** The cleaned body opened by the title's headline, or the body alone when it already holds the headline. */
  static String open(String title, String body) {
    Optional<String> headline = of(title);
    if (headline.isEmpty() || body.isBlank() || holds(body, headline.get())) {
      return body;
    }
    return headline.get() + "\n\n" + body;
  }

  /** Whether the body tells the headline already, ignoring case, punctuation and spacing. */
  private static boolean holds(String body, String headline) {
    String words = letters(headline);
    return words.isEmpty() || letters(body).contains(words);
  }

  private static String letters(String text) {
    return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
