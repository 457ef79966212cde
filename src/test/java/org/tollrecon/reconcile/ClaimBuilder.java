package org.tollrecon.reconcile;

import java.time.LocalDate;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Scope;

/**
 * Builds the aligned claims of the tests in one line each: the article (id, outlet, date, story) first,
 * then what the claim says. Fields reconciliation never reads get fixed defaults.
 */
final class ClaimBuilder {

  private final String articleId;
  private final String source;
  private final LocalDate published;
  private final String storyId;
  private Category category = Category.KILLED;
  private String unit = "people";
  private String victims = "people";
  private String victimsText = "people";
  private String attributedTo;
  private String subsetOf;
  private String sentence;
  private Scope scope = Scope.INCIDENT;
  private int offset;

  private ClaimBuilder(String articleId, String source, String published, String storyId) {
    this.articleId = articleId;
    this.source = source;
    this.published = published == null ? null : LocalDate.parse(published);
    this.storyId = storyId;
  }

  /** A claim of article {@code articleId} by {@code source} on {@code published}, in story {@code storyId}. */
  static ClaimBuilder in(String articleId, String source, String published, String storyId) {
    return new ClaimBuilder(articleId, source, published, storyId);
  }

  ClaimBuilder injured() {
    return category(Category.INJURED);
  }

  ClaimBuilder category(Category c) {
    category = c;
    return this;
  }

  ClaimBuilder unit(String u) {
    unit = u;
    return this;
  }

  ClaimBuilder victims(String v) {
    victims = v;
    victimsText = v;
    return this;
  }

  /** Words for the people with no group of their own ("others"). */
  ClaimBuilder victimsText(String words) {
    victims = null;
    victimsText = words;
    return this;
  }

  ClaimBuilder by(String source) {
    attributedTo = source;
    return this;
  }

  ClaimBuilder subsetOf(String claimId) {
    subsetOf = claimId;
    return this;
  }

  ClaimBuilder aggregate() {
    scope = Scope.AGGREGATE;
    return this;
  }

  /** The sentence the claim is in, and where its number starts in the article. */
  ClaimBuilder sentence(String text, int at) {
    sentence = text;
    offset = at;
    return this;
  }

  AlignedClaim says(String claimId, NumberReading reading) {
    String text = sentence == null ? "sentence of " + claimId : sentence;
    CasualtyClaim claim = new CasualtyClaim(
        claimId, articleId, scope, category, unit, victims, victimsText, null, reading, subsetOf, attributedTo,
        null, null, null, null, null, null, text, offset, offset + reading.text().length());
    return new AlignedClaim(claim, storyId, source, published, "inc");
  }
}
