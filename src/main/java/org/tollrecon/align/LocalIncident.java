package org.tollrecon.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollrecon.extract.CasualtyClaim;

/**
 * A group of claims within one article that describe one incident, with the date, place, country and
 * event type its claims state (the first stated value wins; null when none says).
 */
final class LocalIncident {
  private final List<AlignedClaim> claims = new ArrayList<>();
  private LocalDate date;
  private String dayWord;
  private String location;
  private String country;
  private String eventType;

  LocalIncident(AlignedClaim first) {
    add(first);
  }

  void add(AlignedClaim aligned) {
    CasualtyClaim c = aligned.claim();
    claims.add(aligned);
    date = date != null ? date : c.eventDate();
    dayWord = dayWord != null ? dayWord : dayWordOf(c);
    // Within one article, a region and a town in it are kept apart: a round-up names several incidents
    // of one province, and a sentence that names only the province may belong to any of them.
    location = location != null ? location : placeOf(c);
    country = country != null ? country : c.country();
    eventType = eventType == null || GENERIC_EVENT.equals(eventType) ? orElse(c.eventType(), eventType) : eventType;
  }

  /** Whether the claim can describe this incident: nothing it states contradicts what the group states. */
  boolean admits(CasualtyClaim c) {
    return agree(date, c.eventDate())
        && (date != null || c.eventDate() != null || agree(dayWord, dayWordOf(c)))
        && agree(location, placeOf(c))
        && agree(country, c.country())
        && (eventType == null || c.eventType() == null || GENERIC_EVENT.equals(eventType)
            || GENERIC_EVENT.equals(c.eventType()) || eventType.equals(c.eventType()));
  }

  /**
   * Whether a claim with a place may give this group, which has none yet, its place: only when the two
   * share a specific fact (the same specific event type, or the same stated date). Otherwise a located
   * claim opens its own incident rather than claiming an unplaced one on no evidence.
   */
  boolean canTakePlaceOf(CasualtyClaim c) {
    if (location != null || placeOf(c) == null) {
      return true;
    }
    boolean sameEvent = eventType != null && !GENERIC_EVENT.equals(eventType) && eventType.equals(c.eventType());
    boolean sameDate = date != null && date.equals(c.eventDate());
    return sameEvent || sameDate;
  }

  /** Whether the claim names the same place or date as this group, so it may rejoin an earlier incident. */
  boolean sharesStatedFact(CasualtyClaim c) {
    return (location != null && location.equals(placeOf(c)))
        || (location == null && placeOf(c) == null && date != null && date.equals(c.eventDate()));
  }

  /**
   * The claim's place, or null when it names only the country ("in northwest Syria"): a whole country
   * says nothing about which incident within it, so it must neither split nor name one.
   */
  static String placeOf(CasualtyClaim c) {
    String place = c.location();
    if (place == null || c.country() == null) {
      return place;
    }
    String countryName = new Locale("", c.country()).getDisplayCountry(Locale.ENGLISH);
    return place.equalsIgnoreCase(countryName) ? null : place;
  }

  /** The weekday the claim's date words name ("on Friday"), for articles whose date is unknown. */
  static String dayWordOf(CasualtyClaim c) {
    if (c.dateText() == null) {
      return null;
    }
    Matcher m = WEEKDAY.matcher(c.dateText());
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  List<AlignedClaim> claims() {
    return claims;
  }

  LocalDate date() {
    return date;
  }

  String dayWord() {
    return dayWord;
  }

  String location() {
    return location;
  }

  String country() {
    return country;
  }

  String eventType() {
    return eventType;
  }

  static final String GENERIC_EVENT = "attack";

  private static <T> boolean agree(T a, T b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
