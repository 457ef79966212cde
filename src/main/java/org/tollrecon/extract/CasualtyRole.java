package org.tollrecon.extract;

/**
 * What a count in a sentence counts, once read: the category, the victims (normalised and as written, null
 * when the sentence names none), their side, and whether it is an "including" subset of the count before.
 * {@code unit} is "people" unless the text counts families or households. {@code category} is null only for a subset whose category comes from its total.
 */
record CasualtyRole(Category category, String unit, String victims, String victimsText, String side,
    boolean subset) {
  CasualtyRole {
    if (category == null && !subset) {
      throw new IllegalArgumentException("a count that is not a subset needs a category");
    }
  }
}
