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
  /** Whether every claim so far tells a later death, so that the group's date and place may be the death's. */
  private boolean onlyLaterDeaths = true;

  LocalIncident(AlignedClaim first) {
    add(first);
  }

  void add(AlignedClaim aligned) {
    CasualtyClaim c = aligned.claim();
    claims.add(aligned);
    onlyLaterDeaths = onlyLaterDeaths && LaterDeath.tells(c);
    date = date != null ? date : c.eventDate();
    dayWord = dayWord != null ? dayWord : dayWordOf(c);
    // Within one article, a region and a town in it are kept apart: a round-up names several incidents
    // of one province, and a sentence that names only the province may belong to any of them.
    location = location != null ? location : placeOf(c);
    takeCountryAndEventType(c);
  }

  /**
   * Adds a claim that {@link #admitsAcrossDeath} admits: a claim telling the death takes nothing of its day and
   * place to the group, while a claim telling the shooting gives a group of deaths only its own day and place.
   */
  void addAcrossDeath(AlignedClaim aligned) {
    CasualtyClaim c = aligned.claim();
    claims.add(aligned);
    if (!LaterDeath.tells(c)) {
      onlyLaterDeaths = false;
      date = orElse(c.eventDate(), date);
      dayWord = orElse(dayWordOf(c), dayWord);
      location = orElse(placeOf(c), location);
    }
    takeCountryAndEventType(c);
  }

  /** The first stated country stays; a specific event type replaces the generic one. */
  private void takeCountryAndEventType(CasualtyClaim c) {
    country = country != null ? country : c.country();
    eventType = eventType == null || GENERIC_EVENT.equals(eventType) ? orElse(c.eventType(), eventType) : eventType;
  }

  /**
   * Whether the claim may describe this incident although their days or places disagree, because one of the two
   * tells only a later death ({@link LaterDeath}): a victim dies on a day after the shooting, at a hospital in
   * another town. The death must not come before the shooting, a place that disagrees must be the hospital's, and
   * their countries and event types must agree.
   */
  boolean admitsAcrossDeath(CasualtyClaim c) {
    boolean claimDies = LaterDeath.tells(c);
    if (!(onlyLaterDeaths || claimDies) || !agree(country, c.country()) || !sameKind(c)) {
      return false;
    }
    LocalDate death = claimDies ? c.eventDate() : date;
    LocalDate shooting = claimDies ? date : c.eventDate();
    boolean inOrder = death == null || shooting == null || !death.isBefore(shooting);
    String deathSentence = claimDies ? c.sentence() : claims.get(0).claim().sentence();
    return inOrder && (agree(location, placeOf(c)) || LaterDeath.atHospital(deathSentence));
  }

  private boolean sameKind(CasualtyClaim c) {
    return eventType == null || c.eventType() == null || GENERIC_EVENT.equals(eventType)
        || GENERIC_EVENT.equals(c.eventType()) || eventType.equals(c.eventType());
  }

  /** Whether the claim can describe this incident: nothing it states contradicts what the group states. */
  boolean admits(CasualtyClaim c) {
    return agree(date, c.eventDate())
        && (date != null || c.eventDate() != null || agree(dayWord, dayWordOf(c)))
        && agree(location, placeOf(c))
        && agree(country, c.country())
        && sameKind(c);
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

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
