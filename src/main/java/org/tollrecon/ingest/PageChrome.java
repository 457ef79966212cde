package org.tollrecon.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes one normalised, stripped line of a news page and gives its {@link LineRole}. The rules are about
 * English news pages in general (trailers, comment boxes, share prompts, captions with photo credits), never
 * about particular outlets.
 */
final class PageChrome {

  /** A "Published in Dawn, October 28th, 2020" line: the outlet and the date it names. */
  record Trailer(String outlet, LocalDate date) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern TRAILER =
      Pattern.compile("Published in (?<outlet>\\p{Lu}[^,]{1,60}),\\s*(?<date>.{6,40})");
  private static final Pattern COMMENT_BOX =
      Pattern.compile(
          "(?:show|view|hide|post|add|leave) (?:a |your |all )?(?:comments?|reply)[.!]?"
              + "|comments are closed\\.?|\\d+ comments?|join the discussion\\.?",
          FLAGS);
  private static final Pattern PROMPT =
      Pattern.compile(
          "(?:(?:follow|like|find|join) .*\\b(?:facebook|twitter|instagram|youtube|telegram|whatsapp"
              + "|social media|us on)\\b.*"
              + "|share (?:this|on|via)\\b.*|sign up\\b.*|subscribe\\b.*|email newsletters?\\b.*"
              + "|get (?:the latest|breaking news|our newsletter)\\b.*"
              + "|stay (?:up to date|connected|updated)\\b.*|please enable javascript\\b.*"
              + "|(?:click|tap) here\\b.*|download (?:our|the) app\\b.*)",
          FLAGS);
  private static final Pattern RELATED_LINK =
      Pattern.compile(
          "(?:read also|also read|read more|see also|more|related(?: stories| articles| content)?"
              + "|recommended|trending(?: stories| now)?|most read|watch)\\s*:.*",
          FLAGS);
  private static final Pattern SOLITARY_LABEL =
      Pattern.compile(
          "\\d{1,3}\\s*(?:min|mins|minutes?)\\s+read|advertisements?|sponsored(?: content)?"
              + "|story continues below(?: advertisement)?|continue reading(?: below)?|print|email|close",
          FLAGS);
  // "©" alone also marks photo credits before prose; a notice names a year or reserves rights.
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "\\(?(?:\\u00A9|\\(c\\)|copyright\\b).*(?:\\b(?:19|20)\\d{2}\\b|rights reserved).*", FLAGS);
  private static final Pattern ONLY_SYMBOLS = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  private static final Pattern CAPTION_LEAD =
      Pattern.compile("(?:photo|photos|file photo|image|picture|pictured)\\s*:.*|FILE PHOTO\\b.*", FLAGS);
  private static final Pattern BRACKET_CREDIT = Pattern.compile(".*\\[\\s*\\p{Lu}[^\\[\\]]{1,80}\\]");
  private static final Pattern PAREN_CREDIT =
      Pattern.compile(
          ".*\\([^()]*(?:\\bphotos?\\b|\\bimages?\\b|getty|\\bsource:|\\bcredit|\\bAFP\\b|\\bReuters\\b"
              + "|\\bAP\\b|\\bEPA\\b)[^()]*\\)",
          FLAGS);
  private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s*(?:>|\\u00BB|\\u203A|\\||/|\\u2022)\\s*");
  private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,2}");
  private static final Pattern LETTERS_ONLY = Pattern.compile("[\\p{L}& -]+");
  private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Set<String> LANGUAGES =
      Set.of(
          "english", "arabic", "french", "spanish", "portuguese", "german", "turkish", "russian", "persian",
          "farsi", "urdu", "chinese", "kurdish", "italian", "hebrew", "espanol", "español", "français",
          "francais", "português", "deutsch", "türkçe", "русский", "العربية", "فارسی", "中文");

  private static final int MAX_PROMPT_WORDS = 25;
  private static final int MAX_CAPTION_WORDS = 120;
  private static final int MAX_CREDITED_CAPTION_WORDS = 80;

  private PageChrome() {}

  static LineRole classify(String line) {
    if (trailer(line).isPresent() || COMMENT_BOX.matcher(line).matches()) {
      return LineRole.END_OF_ARTICLE;
    }
    if (isChrome(line)) {
      return LineRole.CHROME;
    }
    if (isCaption(line)) {
      return LineRole.CAPTION;
    }
    return DateLine.read(line).isPresent() ? LineRole.DATELINE : LineRole.BODY;
  }

  /** The publication trailer this line is, if it is one. */
  static Optional<Trailer> trailer(String line) {
    Matcher m = TRAILER.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return DateLine.read(m.group("date")).map(date -> new Trailer(m.group("outlet").strip(), date));
  }

  private static boolean isChrome(String line) {
    int words = wordCount(line);
    return ONLY_SYMBOLS.matcher(line).matches()
        || SOLITARY_LABEL.matcher(line).matches()
        || (words <= MAX_PROMPT_WORDS
            && (PROMPT.matcher(line).matches()
                || RELATED_LINK.matcher(line).matches()
                || COPYRIGHT.matcher(line).matches()))
        || isLanguageSwitcher(line)
        || isBreadcrumb(line, words);
  }

  private static boolean isCaption(String line) {
    // A credit at the end of a long paragraph is a source note ("(Source: ...)"), not a caption.
    int words = wordCount(line);
    return (words <= MAX_CAPTION_WORDS && CAPTION_LEAD.matcher(line).matches())
        || (words <= MAX_CREDITED_CAPTION_WORDS
            && (BRACKET_CREDIT.matcher(line).matches() || PAREN_CREDIT.matcher(line).matches()));
  }

  private static boolean isLanguageSwitcher(String line) {
    String[] names = line.toLowerCase(java.util.Locale.ROOT).split("[\\s/|\\u2022\\u00B7,]+");
    return names.length >= 2 && Arrays.stream(names).allMatch(LANGUAGES::contains);
  }

  /** "Home > World > Middle East" or "Middle EastNewsSyria": section labels, no sentence. */
  private static boolean isBreadcrumb(String line, int words) {
    if (words > 8 || line.matches(".*[.!?,;:\"]$")) {
      return false;
    }
    String[] segments = NAV_SEPARATOR.split(line);
    if (segments.length >= 2
        && Arrays.stream(segments).allMatch(s -> CAPITALISED_WORDS.matcher(s).matches())) {
      return true;
    }
    return words <= 5
        && RUN_TOGETHER.matcher(line).results().count() >= 2
        && LETTERS_ONLY.matcher(line).matches();
  }

  static int wordCount(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
