package org.tollrecon.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocks that keep cross-story linking near-linear: an incident is filed under one home key (its country
 * and date) and looks for candidates under its country and under "country unknown" on each day of its
 * follow-up window; one of unknown country or date looks only under its own key, which every incident also
 * searches, so every pair within the window meets at least once. Used by the Spark stage and by offline tools
 * alike, so both block the same way.
 */
public final class LinkBlocks {
  private LinkBlocks() {}

  /** The one key an incident is filed under by country and date. */
  public static String homeKey(IncidentProfile p) {
    return key(p.country(), p.date(), 0);
  }

  /**
   * The keys an incident is filed under: its home key, and one key per rare name of its texts, under which it
   * meets the few incidents whose texts name the same person or place however far apart their dates are.
   */
  public static List<String> homeKeys(IncidentProfile p) {
    List<String> keys = new ArrayList<>();
    keys.add(homeKey(p));
    keys.addAll(nameKeys(p));
    return keys;
  }

  private static List<String> nameKeys(IncidentProfile p) {
    return p.textNames().stream().sorted().map(n -> "name|" + n).toList();
  }

  /** The keys an incident searches for candidates. */
  public static List<String> searchKeys(IncidentProfile p) {
    List<String> keys = new ArrayList<>();
    int window = p.date() == null ? 0 : IncidentLinker.FOLLOW_UP_WINDOW_DAYS;
    for (int d = -window; d <= window; d++) {
      keys.add(key(null, p.date(), d));
      if (p.country() != null) {
        keys.add(key(p.country(), p.date(), d));
      }
    }
    keys.addAll(nameKeys(p));
    return keys;
  }

  /**
   * The keys an incident is filed under for claimless stories ({@link ClaimlessStories}): its {@link #homeKeys}
   * and its date whatever its country, as a story that gives no claim resolves no country either.
   */
  public static List<String> attachHomeKeys(IncidentProfile incident) {
    List<String> keys = homeKeys(incident);
    keys.add(key(ANY_COUNTRY, incident.date(), 0));
    return keys;
  }

  /**
   * The keys a claimless story searches for incidents: each day of its follow-up window whatever the country, and
   * the rare names of its texts.
   */
  public static List<String> claimlessSearchKeys(IncidentProfile story) {
    List<String> keys = new ArrayList<>();
    int window = story.date() == null ? 0 : IncidentLinker.FOLLOW_UP_WINDOW_DAYS;
    for (int d = -window; d <= window; d++) {
      keys.add(key(ANY_COUNTRY, story.date(), d));
    }
    keys.addAll(nameKeys(story));
    return keys;
  }

  /** The one key under which a claimless story scores its pair with an incident (null when they do not meet). */
  public static String claimlessMeetingKey(IncidentProfile incident, IncidentProfile story) {
    Set<String> searched = new HashSet<>(claimlessSearchKeys(story));
    return attachHomeKeys(incident).stream().filter(searched::contains).min(Comparator.naturalOrder()).orElse(null);
  }

  /** Stands for every country in the date keys of claimless stories. */
  private static final String ANY_COUNTRY = "*";

  /**
   * The one key under which {@code searching} scores its pair with {@code home}: the smallest key that is one of
   * {@code home}'s home keys and one of {@code searching}'s search keys (null when they do not meet). Two
   * incidents whose texts share several rare names meet under each of them, and under their dates too; scoring
   * the pair under one key only spares scoring it once per shared name.
   */
  public static String meetingKey(IncidentProfile home, IncidentProfile searching) {
    Set<String> searched = new HashSet<>(searchKeys(searching));
    return homeKeys(home).stream().filter(searched::contains).min(Comparator.naturalOrder()).orElse(null);
  }

  private static String key(String country, LocalDate date, int dayOffset) {
    return (country == null ? "?" : country) + "|" + (date == null ? "undated" : date.plusDays(dayOffset).toString());
  }
}
