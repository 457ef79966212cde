package org.tollrecon.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the RAW text of a page (trailers and credit lines are chrome that cleaning removes) and gives the
 * publication date and source the page itself states, or empty when it states none. Only whole lines are
 * read: dates inside sentences, captions or lists of other stories are never taken.
 */
public final class MetadataInference implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Datelines and "Published ..." lines are looked for only this far down the page (non-blank lines). */
  static final int HEADER_LINES = 10;

  private static final Pattern STAMPED_DATE =
      Pattern.compile(
          "(?<kind>published|posted|first published|updated|last updated)(?:\\s+(?:on|at))?\\s*:?\\s+(?<date>.+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "(?:[-\\u2013\\u2014]+\\s*|by\\s+)?\\(?(?:the\\s+)?(?<agency>associated press|AP|reuters|AFP"
              + "|agence france[- ]presse)\\)?\\.?",
          Pattern.CASE_INSENSITIVE);

  /** The publication date the page states, preferring its own trailer over a dateline near the top. */
  public Optional<LocalDate> published(String rawText) {
    List<String> lines = lines(rawText);
    Optional<LocalDate> fromTrailer =
        lines.stream().map(PageChrome::trailer).flatMap(Optional::stream).findFirst().map(t -> t.date());
    if (fromTrailer.isPresent()) {
      return fromTrailer;
    }
    List<String> header = lines.stream().filter(l -> !l.isEmpty()).limit(HEADER_LINES).toList();
    return stampedDate(header, false)
        .or(() -> stampedDate(header, true))
        .or(() -> header.stream().map(DateLine::read).flatMap(Optional::stream).findFirst());
  }

  /** The outlet named by a publication trailer, else the news agency of a credit line standing alone. */
  public Optional<String> source(String rawText) {
    List<String> lines = lines(rawText);
    Optional<String> outlet =
        lines.stream().map(PageChrome::trailer).flatMap(Optional::stream).findFirst().map(t -> t.outlet());
    if (outlet.isPresent()) {
      return outlet;
    }
    return lines.stream()
        .map(AGENCY_CREDIT::matcher)
        .filter(Matcher::matches)
        .map(m -> agencyName(m.group("agency")))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The date of the first "Updated ..." line, or of the first "Published"/"Posted" line. */
  private static Optional<LocalDate> stampedDate(List<String> header, boolean updatedStamps) {
    for (String line : header) {
      Matcher m = STAMPED_DATE.matcher(line);
      boolean updated = m.matches() && m.group("kind").toLowerCase(Locale.ROOT).contains("updated");
      if (m.matches() && updated == updatedStamps) {
        Optional<LocalDate> date = DateLine.read(m.group("date"));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> agencyName(String credit) {
    String lower = credit.toLowerCase(Locale.ROOT);
    if (lower.equals("ap") && !credit.equals("AP")) {
      // A lone lower-case "ap" is not a credit line.
      return Optional.empty();
    }
    return switch (lower) {
      case "ap", "associated press" -> Optional.of("Associated Press");
      case "reuters" -> Optional.of("Reuters");
      default -> Optional.of("Agence France-Presse");
    };
  }

  private static List<String> lines(String rawText) {
    if (rawText == null) {
      return List.of();
    }
    return Arrays.stream(CharacterNormalizer.normalize(rawText).split("\n")).map(String::strip).toList();
  }
}
