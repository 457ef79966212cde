package org.tollrecon.align;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tollrecon.extract.Gazetteer;

/**
 * How strongly two story-level incidents look like one real-world incident (DESIGN.md section 1.4). Hard
 * evidence against (different countries, named places neither of which lies in the other's region, event
 * dates further apart than {@link #FOLLOW_UP_WINDOW_DAYS}, conflicting specific event types) vetoes the link;
 * dates beyond the ordinary window cost score and need shared proper names to link; otherwise the
 * score adds up what they share: the place, the day (or a stated day that is the other's publication day), the
 * event type, victim groups, agreeing figures, proper names (the named dead and wounded, streets, groups), the
 * words of their claim sentences and the rare names of their
 * stories' texts; a pair sharing {@link #TEXT_NAMES} such names may lie up to
 * {@link #NAMED_FOLLOW_UP_WINDOW_DAYS} apart, and one sharing {@link #PLACE_VOUCHING_NAMES} within the ordinary window
 * is not vetoed by its places or countries. Pairs scoring at
 * least {@link #LINK} are linked. The candidates come from blocking (same or unknown country, dates
 * within the window, or a shared rare name: see {@link LinkBlocks}), so the work stays near-linear in the
 * number of incidents.
 */
public final class IncidentLinker {
  /** The score from which two incidents are one. */
  public static final double LINK = 3.0;
  /** How many days apart two stated event dates may be and still be one incident. */
  public static final int DATE_WINDOW_DAYS = 1;
  /**
   * How many days apart the dates may be when one of them is only a publication date standing in for an
   * unstated event date: reports often appear a few days after the event.
   */
  public static final int UNSTATED_DATE_WINDOW_DAYS = 3;
  /**
   * How many days after the day one report states another, stating none, may be published and still tell of the
   * same incident: a report is published after the event it tells of, and the victim named or the vigil held comes
   * some days after the shooting, so a publication day after the stated day is given a day more than one before
   * it (which only a misread date explains).
   */
  public static final int PUBLISHED_AFTER_WINDOW_DAYS = 4;
  /**
   * How many days apart a follow-up (an arrest, a victim named, a funeral) may be from the first reports
   * and still be linked to them, when it shares at least {@link #FOLLOW_UP_NAMES} proper names with them;
   * each day beyond the ordinary window costs {@link #FOLLOW_UP_PENALTY_PER_DAY} of the score.
   */
  public static final int FOLLOW_UP_WINDOW_DAYS = 14;
  static final int FOLLOW_UP_NAMES = 2;
  static final double FOLLOW_UP_PENALTY_PER_DAY = 0.25;
  /**
   * The most a pair dated beyond the ordinary window scores when it shares fewer names: below {@link #LINK},
   * so such a pair never links by itself, but not a veto, so a follow-up that names the people of one report
   * of an incident can still join the incident when its other reports did not name them.
   */
  static final double UNCONFIRMED_FOLLOW_UP = 2.5;
  /**
   * How many rare names of their texts ({@link TextNames}) two incidents must share to be a named pair: the
   * victim's or the suspect's first and last name and a street or a venue. A named pair may lie up to
   * {@link #NAMED_FOLLOW_UP_WINDOW_DAYS} apart, as a trial or a sentencing follows the shooting by months, and
   * further when it also tells the same toll ({@link #sameToll}).
   */
  public static final int TEXT_NAMES = 3;
  /** How many days apart the dates of a named pair may be. */
  public static final int NAMED_FOLLOW_UP_WINDOW_DAYS = 60;
  /**
   * How many rare text names two incidents dated within their ordinary window must share for their places and
   * countries not to veto the link: one report places the shooting in the neighbourhood ("Overtown"), another in
   * the city, or the extractor reads a country from an ambiguous word, while both name the victim.
   */
  static final int PLACE_VOUCHING_NAMES = 2;
  /**
   * What each rare text name adds to the score of two incidents sharing {@link #PLACE_VOUCHING_NAMES} of them but
   * fewer than {@link #TEXT_NAMES}: two such names (a victim's surname and a street) are not enough alone, but
   * confirm a shared place, day or figure. One alone adds less ({@link #ONE_TEXT_NAME}).
   */
  static final double PER_TEXT_NAME = 1.0;
  /**
   * What one shared rare text name adds to the score of two incidents dated within their ordinary window: the
   * victim's surname or the street in two reports of one day is some evidence, short of a link by itself with the
   * day. Beyond the window it adds nothing: a later report often recalls an earlier strike on the same village or
   * the same street in passing.
   */
  static final double ONE_TEXT_NAME = 1.25;
  /**
   * What a stated event date adds when the other report states none and was published that day: a same-day report
   * most often tells of that day's incident, but less surely than two reports that both state the day.
   */
  static final double SAME_DAY_REPORT = 0.5;

  private IncidentLinker() {}

  public static double score(IncidentProfile a, IncidentProfile b) {
    return score(a, b, Set.of());
  }

  /**
   * The score of two incidents, where {@code commonNames} are the proper names so many incidents of the run
   * share ("Observatory", "Assad", "ISIL") that sharing them ties nothing together.
   */
  public static double score(IncidentProfile a, IncidentProfile b, Set<String> commonNames) {
    int textNames = sharedTextNames(a, b);
    if (vetoed(a, b, textNames)) {
      return Double.NEGATIVE_INFINITY;
    }
    long beyond = textNames >= TEXT_NAMES ? 0 : daysBeyondWindow(a, b);
    double score = parts(a, b, commonNames, textNames).total() - FOLLOW_UP_PENALTY_PER_DAY * beyond;
    return beyond > 0 && rareSharedNames(a, b, commonNames) < FOLLOW_UP_NAMES
        ? Math.min(score, UNCONFIRMED_FOLLOW_UP) : score;
  }

  /**
   * How many proper names the two incidents share that are not {@code commonNames}, counting the names of
   * their headlines with those of their sentences: one outlet names the victim or the venue in its headline
   * ("Crowd at Elm Lounge scatters as gunfire erupts") that another names only in the text.
   */
  private static int rareSharedNames(IncidentProfile a, IncidentProfile b, Set<String> commonNames) {
    Set<String> shared = new HashSet<>(a.mentions());
    shared.retainAll(b.mentions());
    shared.removeAll(commonNames);
    return shared.size();
  }

  /** How many rare names the texts of the two incidents' stories share. */
  static int sharedTextNames(IncidentProfile a, IncidentProfile b) {
    return overlap(a.textNames(), b.textNames());
  }

  /** How many days the two incidents' dates lie beyond their ordinary window (0 when within it or unknown). */
  static long daysBeyondWindow(IncidentProfile a, IncidentProfile b) {
    if (a.date() == null || b.date() == null) {
      return 0;
    }
    return Math.max(0, Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) - window(a, b));
  }

  /** What each kind of shared evidence adds to the score of two incidents (whether or not vetoed). */
  public record ScoreParts(
      double place, double date, double event, double victims, double killed, double injured, double names,
      double words, double text) {
    public double total() {
      return place + date + event + victims + killed + injured + names + words + text;
    }
  }

  /** The parts of the score of two incidents, ignoring vetoes. */
  public static ScoreParts parts(IncidentProfile a, IncidentProfile b) {
    return parts(a, b, Set.of());
  }

  /** The parts of the score, counting only shared names that are not {@code commonNames}. */
  public static ScoreParts parts(IncidentProfile a, IncidentProfile b, Set<String> commonNames) {
    return parts(a, b, commonNames, sharedTextNames(a, b));
  }

  private static ScoreParts parts(IncidentProfile a, IncidentProfile b, Set<String> commonNames, int textNames) {
    double place = a.place() != null && a.place().equalsIgnoreCase(b.place()) ? 2.5
        : namedIn(a.place(), b) || namedIn(b.place(), a) || sameHeadlineTown(a, b, commonNames) ? 1.5
        : PlaceContainment.within(a.place(), b.place(), a.country()) || PlaceContainment.within(b.place(), a.place(), a.country()) ? 1.0
        : 0;
    return new ScoreParts(
        place,
        dateScore(a, b),
        specific(a.eventType()) && a.eventType().equals(b.eventType()) ? 0.5 : 0,
        overlap(a.victims(), b.victims()) > 0 ? 0.5 : 0,
        figuresAgree(a.killed(), b.killed()) ? 1.0 : 0,
        figuresAgree(a.injured(), b.injured()) ? 0.5 : 0,
        Math.min(3.0, 1.5 * rareSharedNames(a, b, commonNames)),
        3.0 * jaccard(a.words(), b.words()),
        textScore(textNames, daysBeyondWindow(a, b) == 0 && !textNameIsSharedMention(a, b, commonNames)));
  }

  /**
   * Whether a rare text name the two incidents share is also a name of both their sentences or headlines, which
   * {@code names} counts already: a lone surname must not count twice.
   */
  private static boolean textNameIsSharedMention(IncidentProfile a, IncidentProfile b, Set<String> commonNames) {
    Set<String> shared = new HashSet<>(a.textNames());
    shared.retainAll(b.textNames());
    shared.retainAll(a.mentions());
    shared.retainAll(b.mentions());
    shared.removeAll(commonNames);
    return !shared.isEmpty();
  }

  /**
   * What the dates of two incidents add: 1 when both state the same day, {@link #SAME_DAY_REPORT} when one states
   * the day on which the other, stating none, was published, else nothing.
   */
  static double dateScore(IncidentProfile a, IncidentProfile b) {
    if (a.date() == null || !a.date().equals(b.date()) || !a.dateStated() && !b.dateStated()) {
      return 0;
    }
    return a.dateStated() && b.dateStated() ? 1.0 : SAME_DAY_REPORT;
  }

  /**
   * What sharing {@code shared} rare text names adds: a named pair reaches {@link #LINK} by its names alone
   * (a victim's full name and the street do not recur in another incident's reports); two add
   * {@link #PER_TEXT_NAME} each, short of a link by themselves; one adds {@link #ONE_TEXT_NAME} when it is
   * {@code fresh} (the pair is dated within its ordinary window, and the name is not one their sentences share
   * already) and nothing otherwise, as two stories of one month may share a rare word by chance.
   */
  static double textScore(int shared, boolean fresh) {
    if (shared >= TEXT_NAMES) {
      return Math.min(4.5, LINK + 0.5 * (shared - TEXT_NAMES));
    }
    if (shared >= PLACE_VOUCHING_NAMES) {
      return PER_TEXT_NAME * shared;
    }
    return shared == 1 && fresh ? ONE_TEXT_NAME : 0;
  }

  /** Evidence that two incidents cannot be one. */
  static boolean vetoed(IncidentProfile a, IncidentProfile b) {
    return vetoed(a, b, sharedTextNames(a, b));
  }

  /**
   * Evidence that two incidents cannot be one, given how many rare text names they share. A named pair may lie
   * further apart in time, and its places, countries or event types may disagree: three rare names of the same
   * people and street outweigh a town or a country the extractor misread ("New York City" for a village upstate, a
   * country from an ambiguous "Orange") or an event word read from another part of the story (a "murder-suicide"
   * report typed apart from a "shooting" one); within the ordinary window, {@link #PLACE_VOUCHING_NAMES} do.
   */
  private static boolean vetoed(IncidentProfile a, IncidentProfile b, int textNames) {
    long beyond = daysBeyondWindow(a, b);
    boolean placesVouched = textNames >= TEXT_NAMES || textNames >= PLACE_VOUCHING_NAMES && beyond == 0;
    if (!placesVouched && a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return true;
    }
    if (!placesVouched
        && !PlaceContainment.compatible(a.place(), b.place(), a.country() != null ? a.country() : b.country())) {
      return true;
    }
    long limit = textNames >= TEXT_NAMES ? NAMED_FOLLOW_UP_WINDOW_DAYS : FOLLOW_UP_WINDOW_DAYS;
    if (beyond > 0 && beyond + window(a, b) > limit && !(textNames >= TEXT_NAMES && sameToll(a, b))) {
      return true;
    }
    return !placesVouched
        && specific(a.eventType()) && specific(b.eventType()) && !a.eventType().equals(b.eventType());
  }

  /**
   * Whether two incidents tell the same toll: a killed or an injured figure both state agrees, and no figure
   * both state disagrees. A named pair telling the same toll links however far apart its dates lie: a trial or a
   * plea a year or two after the shooting names the victim, the accused and the bar, and repeats the toll, while
   * two strikes on one village a year apart rarely share three rare names and their toll too.
   */
  static boolean sameToll(IncidentProfile a, IncidentProfile b) {
    boolean agree = figuresAgree(a.killed(), b.killed()) || figuresAgree(a.injured(), b.injured());
    return agree && !figuresClash(a.killed(), b.killed()) && !figuresClash(a.injured(), b.injured());
  }

  private static boolean figuresClash(Long a, Long b) {
    return a != null && b != null && !a.equals(b);
  }

  /** The most days apart the two incidents' dates may be. */
  public static int window(IncidentProfile a, IncidentProfile b) {
    if (a.dateStated() && b.dateStated()) {
      return DATE_WINDOW_DAYS;
    }
    if (a.dateStated() != b.dateStated()) {
      IncidentProfile stated = a.dateStated() ? a : b;
      IncidentProfile published = stated == a ? b : a;
      return published.date().isBefore(stated.date()) ? UNSTATED_DATE_WINDOW_DAYS : PUBLISHED_AFTER_WINDOW_DAYS;
    }
    return UNSTATED_DATE_WINDOW_DAYS;
  }

  private static boolean specific(String eventType) {
    return eventType != null && !LocalIncident.GENERIC_EVENT.equals(eventType);
  }

  /**
   * Whether an incident that resolved no place of its own names {@code place} among the proper names of its
   * sentences: the extractor often places only one sentence of a report ("in Hawthorne"), while the
   * others name the town in passing ("Hawthorne police said").
   */
  static boolean namedIn(String place, IncidentProfile unplaced) {
    if (place == null || unplaced.place() != null) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (String w : place.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2 && !GENERIC_PLACE_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return !words.isEmpty()
        && (unplaced.names().containsAll(words) || unplaced.headline().containsAll(words));
  }

  /**
   * Whether two incidents that resolved no place both have a headline word that names a town or city
   * (not a region or country) of their country in the gazetteer: "Five shot in Memphis nightclub" and
   * "Search continues for woman accused of shooting 5 in Memphis club". Not a word many incidents of the
   * run share: in title-case headlines "Man" or "Park" is capitalised as any word is, and also names a town.
   */
  static boolean sameHeadlineTown(IncidentProfile a, IncidentProfile b, Set<String> commonNames) {
    if (a.place() != null || b.place() != null) {
      return false;
    }
    String country = a.country() != null ? a.country() : b.country();
    Gazetteer gazetteer = Gazetteer.get();
    for (String w : a.headline()) {
      if (b.headline().contains(w) && !commonNames.contains(w)
          && gazetteer.candidates(w, country).stream().anyMatch(p -> !p.isRegion() && !p.isCountry())) {
        return true;
      }
    }
    return false;
  }

  /** Words of place names that say what kind of place, not which. */
  private static final Set<String> GENERIC_PLACE_WORDS =
      Set.of("city", "county", "township", "village", "town", "parish", "borough", "province", "district");

  private static boolean figuresAgree(Long a, Long b) {
    return a != null && a.equals(b) && a > 0;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size();
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = overlap(a, b);
    return (double) shared / (a.size() + b.size() - shared);
  }
}
