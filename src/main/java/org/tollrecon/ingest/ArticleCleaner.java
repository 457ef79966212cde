package org.tollrecon.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the raw text of a news page and gives the article body as {@link CleanedText}: characters
 * normalised (see {@link CharacterNormalizer}), page chrome cut, photo captions set apart, one blank line
 * between paragraphs. Stateless and thread-safe; a Spark task can share one instance.
 */
public final class ArticleCleaner implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line with this many words ending in sentence punctuation shows that the body has begun. */
  static final int PROSE_MIN_WORDS = 12;

  /** Shorter unpunctuated lines inside the body are related-story links, labels or subheadings. */
  static final int HEADLINE_MAX_WORDS = 15;

  private static final Pattern SHORTCODE =
      Pattern.compile(
          "\\[/?(?:[a-z][a-z0-9]*_[a-z0-9_]+|caption|embed|gallery|video|audio|playlist)"
              + "(?:\\s[^\\[\\]\\n]*)?\\]");
  private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
  /** Sentence punctuation, possibly followed by closing quotes or brackets and citation marks ("[12]"). */
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*(?:[.!?\\u2026][\"')\\]]*|[\"'])(?:\\[\\w{1,8}\\])*");

  /** Cleans one raw text; {@code null} or blank gives an empty result. */
  public CleanedText clean(String raw) {
    if (raw == null || raw.isBlank()) {
      return new CleanedText("", List.of());
    }
    String[] lines = CharacterNormalizer.normalize(raw).split("\n", -1);
    // A text of one line is an article flattened by its source, not a page: a credit at its end is no caption.
    boolean page = Arrays.stream(lines).filter(l -> !l.isBlank()).count() > 1;
    return sortLines(lines, page);
  }

  private static CleanedText sortLines(String[] lines, boolean page) {
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    boolean bodyStarted = false;
    for (String rawLine : lines) {
      String line = tidy(rawLine);
      if (line.isEmpty()) {
        body.add(line);
        continue;
      }
      LineRole role = PageChrome.classify(line);
      if (role == LineRole.END_OF_ARTICLE && bodyStarted) {
        break;
      }
      if (role == LineRole.CAPTION && page) {
        captions.add(line);
      } else if ((role == LineRole.BODY || role == LineRole.CAPTION)
          && !(bodyStarted && isHeadlineLike(line))) {
        body.add(line);
        bodyStarted = bodyStarted || readsAsProse(line);
      }
    }
    return new CleanedText(joinParagraphs(body), captions);
  }

  private static String tidy(String line) {
    String withoutShortcodes = SHORTCODE.matcher(line).replaceAll(" ");
    return SPACE_RUN.matcher(withoutShortcodes).replaceAll(" ").strip();
  }

  static boolean readsAsProse(String line) {
    return PageChrome.wordCount(line) >= PROSE_MIN_WORDS && SENTENCE_END.matcher(line).matches();
  }

  private static boolean isHeadlineLike(String line) {
    return PageChrome.wordCount(line) < HEADLINE_MAX_WORDS && !SENTENCE_END.matcher(line).matches();
  }

  /** Joins kept lines; any run of blank lines (including those left by dropped chrome) becomes one. */
  private static String joinParagraphs(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean pendingBreak = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        pendingBreak = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(pendingBreak ? "\n\n" : "\n");
      }
      out.append(line);
      pendingBreak = false;
    }
    return out.toString();
  }
}
