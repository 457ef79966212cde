package org.tollrecon.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides per input record: takes a {@link RawRecord} and gives an {@link Admission}, either the cleaned
 * {@link Article} (with given or inferred source and date; its text opened by the headline of its title, see
 * {@link Headline}) or a {@link QuarantineRecord} naming the first
 * check it failed. Checks run in a fixed order: parse defect, missing id, empty text, binary content,
 * undecodable text, length, language, nothing left after cleaning. Duplicate ids need a global view and are
 * the caller's concern. Serializable and stateless apart from its limits, so one instance serves a Spark job.
 */
public final class ArticleScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  private final IntakeLimits limits;
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final MetadataInference inference = new MetadataInference();

  public ArticleScreen(IntakeLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Screens one record; never throws for bad content, only for a null record. */
  public Admission admit(RawRecord raw) {
    Objects.requireNonNull(raw, "raw");
    if (raw.defect() != null) {
      return Admission.reject(
          new QuarantineRecord(raw.input(), raw.line(), raw.id(), raw.defect(), raw.text()));
    }
    Optional<QuarantineRecord> rejection = contentRejection(raw);
    if (rejection.isPresent()) {
      return Admission.reject(rejection.get());
    }
    CleanedText cleaned = cleaner.clean(raw.text());
    if (cleaned.isEmpty()) {
      return reject(raw, QuarantineReason.EMPTY_TEXT, "nothing left after cleaning page chrome");
    }
    return Admission.accept(article(raw, cleaned));
  }

  private Optional<QuarantineRecord> contentRejection(RawRecord raw) {
    if (raw.id() == null || raw.id().isBlank()) {
      return Optional.of(QuarantineRecord.of(raw, QuarantineReason.MISSING_ID, "record has no id"));
    }
    String text = raw.text();
    if (text == null || text.isBlank()) {
      return Optional.of(QuarantineRecord.of(raw, QuarantineReason.EMPTY_TEXT, "text is missing or blank"));
    }
    return ContentCheck.binary(text, limits)
        .or(() -> ContentCheck.undecodable(text, limits))
        .or(() -> ContentCheck.tooLong(text, limits))
        .or(() -> ContentCheck.notEnglish(text, limits))
        .map(failure -> QuarantineRecord.of(raw, failure.reason(), failure.detail()));
  }

  private Article article(RawRecord raw, CleanedText cleaned) {
    String givenSource = blankToNull(raw.source());
    LocalDate givenDate = parseDate(raw.published());
    String source = givenSource != null ? givenSource : inference.source(raw.text()).orElse(null);
    LocalDate published = givenDate != null ? givenDate : inference.published(raw.text()).orElse(null);
    return new Article(
        raw.id().strip(),
        blankToNull(raw.url()),
        source,
        givenSource == null && source != null,
        published,
        givenDate == null && published != null,
        blankToNull(raw.title()),
        Headline.open(raw.title(), cleaned.text()),
        cleaned.captions());
  }

  /** YYYY-MM-DD or an ISO date-time (with or without offset); anything else counts as missing. */
  static LocalDate parseDate(String given) {
    String value = blankToNull(given);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    try {
      if (upper.length() == 10) {
        return LocalDate.parse(upper);
      }
      if (upper.endsWith("Z") || upper.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(upper).toLocalDate();
      }
      return LocalDateTime.parse(upper).toLocalDate();
    } catch (DateTimeParseException e) {
      // An unreadable date is treated as absent so that the text may still state it.
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Admission reject(RawRecord raw, QuarantineReason reason, String detail) {
    return Admission.reject(QuarantineRecord.of(raw, reason, detail));
  }
}
