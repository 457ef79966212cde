package org.tollrecon.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One numeric statement about people harmed, as read from one sentence of one article (DESIGN.md section 3).
 * Article-level facts (source, published, story, incident) are attached later by the pipeline. Optional
 * text fields are null when the article does not say; {@code charStart}/{@code charEnd} locate
 * {@code reading.text()} in the cleaned article text.
 */
public record CasualtyClaim(
    String claimId,
    String articleId,
    Scope scope,
    Category category,
    String unit,
    String victims,
    String victimsText,
    String side,
    NumberReading reading,
    String subsetOf,
    String attributedTo,
    LocalDate eventDate,
    String dateText,
    String location,
    String country,
    String locationText,
    String eventType,
    String sentence,
    int charStart,
    int charEnd)
    implements Serializable {

  public CasualtyClaim {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(sentence, "sentence");
    unit = unit == null ? "people" : unit;
    if (charStart < 0 || charEnd < charStart) {
      throw new IllegalArgumentException("bad offsets " + charStart + ".." + charEnd + " in claim " + claimId);
    }
  }

  /** This claim as part of the claim {@code totalId} ("including five children"), or of none when null. */
  public CasualtyClaim withSubsetOf(String totalId) {
    return new CasualtyClaim(claimId, articleId, scope, category, unit, victims, victimsText, side, reading, totalId,
        attributedTo, eventDate, dateText, location, country, locationText, eventType, sentence, charStart, charEnd);
  }
}
