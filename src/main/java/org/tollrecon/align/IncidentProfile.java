package org.tollrecon.align;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;

/**
 * What one story says of one incident, as far as linking it to other stories goes: when (event date,
 * else publication date), where (country, place), what (event type, victim groups, the largest killed
 * and injured points), and the words that tie reports together (proper names in its claim sentences
 * other than the place, and the content words of those sentences), and the capitalised words of its
 * articles' headlines. Built from the claims of one story-level incident; the link stage adds the rare
 * proper names of its stories' whole texts ({@code textNames}, see {@link TextNames}), which claims do not
 * carry.
 */
public record IncidentProfile(
    String incidentId,
    Set<String> storyIds,
    LocalDate date,
    boolean dateStated,
    String country,
    String place,
    String eventType,
    Set<String> victims,
    Long killed,
    Long injured,
    Set<String> names,
    Set<String> words,
    Set<String> headline,
    Set<String> textNames)
    implements Serializable {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\\-]*");
  private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
  private static final Pattern HEADLINE_TAIL = Pattern.compile("\\s+[-|\u2013\u2014\u00ab:]{1,2}\\s+");
  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "was", "were",
      "is", "are", "has", "have", "had", "been", "be", "that", "this", "after", "said", "says", "police",
      "who", "he", "she", "his", "her", "they", "their", "it", "its", "as", "but", "not", "when", "where");
  /**
   * Capitalised words that start sentences or name days, months and holidays ("on Thanksgiving Day"): never
   * evidence of a shared name.
   */
  static final Set<String> NOT_NAMES = Set.of(
      "The", "A", "An", "He", "She", "They", "It", "Police", "Officers", "Authorities", "According", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
      "April", "May", "June", "July", "August", "September", "October", "November", "December", "AP", "In",
      "On", "At", "Two", "Three", "Four", "Five", "One", "Six", "Seven", "Eight", "Nine", "Ten", "Mr", "Mrs",
      "Ms", "Dr", "Sgt", "Officer", "Chief", "County", "City", "Street", "Avenue", "Road", "Department",
      "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Hospital",
      "Medical", "Center", "Memorial", "Office", "Sheriff", "Sheriff's", "News", "Christmas", "Thanksgiving",
      "Easter", "Halloween", "Year", "Day", "Eve");

  public IncidentProfile {
    Objects.requireNonNull(incidentId, "incidentId");
    storyIds = Set.copyOf(storyIds);
    victims = Set.copyOf(victims);
    names = Set.copyOf(names);
    words = Set.copyOf(words);
    headline = Set.copyOf(headline);
    textNames = Set.copyOf(textNames);
  }

  /** A profile whose stories' texts are not read (no {@link TextNames}). */
  public IncidentProfile(String incidentId, Set<String> storyIds, LocalDate date, boolean dateStated, String country,
      String place, String eventType, Set<String> victims, Long killed, Long injured, Set<String> names,
      Set<String> words, Set<String> headline) {
    this(incidentId, storyIds, date, dateStated, country, place, eventType, victims, killed, injured, names, words,
        headline, Set.of());
  }

  /** This profile with the rare {@link TextNames} of its stories. */
  public IncidentProfile withTextNames(Set<String> rareNames) {
    return new IncidentProfile(incidentId, storyIds, date, dateStated, country, place, eventType, victims, killed,
        injured, names, words, headline, rareNames);
  }

  /** A profile of stories whose headlines are unknown. */
  public IncidentProfile(String incidentId, Set<String> storyIds, LocalDate date, boolean dateStated, String country,
      String place, String eventType, Set<String> victims, Long killed, Long injured, Set<String> names,
      Set<String> words) {
    this(incidentId, storyIds, date, dateStated, country, place, eventType, victims, killed, injured, names, words,
        Set.of(), Set.of());
  }

  /** The profile of one incident from its claims (at least one, all of that incident). */
  public static IncidentProfile of(String incidentId, List<AlignedClaim> claims) {
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("incident " + incidentId + " has no claims");
    }
    Set<String> stories = new TreeSet<>();
    Set<String> victims = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    Set<String> words = new TreeSet<>();
    Set<String> lowerCase = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Map<String, Integer> places = new HashMap<>();
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> events = new HashMap<>();
    LocalDate stated = null;
    LocalDate published = null;
    Long killed = null;
    Long injured = null;
    for (AlignedClaim a : claims) {
      CasualtyClaim c = a.claim();
      stories.add(a.storyId());
      count(places, LocalIncident.placeOf(c));
      count(countries, c.country());
      count(events, c.eventType());
      if (c.victims() != null) {
        victims.add(c.victims());
      }
      stated = earliest(stated, c.eventDate());
      published = earliest(published, a.published());
      killed = c.category() == Category.KILLED ? max(killed, c.reading().point()) : killed;
      injured = c.category() == Category.INJURED ? max(injured, c.reading().point()) : injured;
      readSentence(c.sentence(), c.location(), names, words, lowerCase);
      if (a.title() != null) {
        titles.add(a.title());
      }
    }
    Set<String> headline = new TreeSet<>();
    titles.forEach(t -> readHeadline(t, headline));
    // A title-case headline capitalises every word: one its own sentences write in lower case is no name.
    headline.removeAll(lowerCase);
    return new IncidentProfile(incidentId, stories, stated != null ? stated : published, stated != null,
        mostCommon(countries), mostCommon(places), mostCommon(events), victims, killed, injured, names, words,
        headline, Set.of());
  }

  /** The proper names of the sentences and the capitalised words of the headlines, lower-cased (a new set). */
  public Set<String> mentions() {
    Set<String> out = new HashSet<>(names);
    out.addAll(headline);
    return out;
  }

  /**
   * The capitalised words of a headline, lower-cased, without the outlet's name and town that many sites
   * append after a dash or bar ("... - WMC Action News 5 - Memphis, Tennessee"), which would tie every
   * story of one outlet together.
   */
  static void readHeadline(String title, Set<String> out) {
    if (title == null) {
      return;
    }
    Matcher m = WORD.matcher(HEADLINE_TAIL.split(title, 2)[0]);
    while (m.find()) {
      String w = POSSESSIVE.matcher(m.group()).replaceFirst("");
      if (Character.isUpperCase(w.charAt(0)) && w.length() > 2 && !NOT_NAMES.contains(w)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
  }

  private static void readSentence(String sentence, String place, Set<String> names, Set<String> words,
      Set<String> lowerCase) {
    String placeLower = place == null ? "" : place.toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(sentence);
    boolean first = true;
    while (m.find()) {
      String w = POSSESSIVE.matcher(m.group()).replaceFirst("");
      String lower = w.toLowerCase(Locale.ROOT);
      boolean capitalised = Character.isUpperCase(w.charAt(0));
      if (capitalised && !first && w.length() > 2 && !NOT_NAMES.contains(w) && !placeLower.contains(lower)) {
        names.add(lower);
      }
      if (!STOP.contains(lower) && lower.length() > 2) {
        words.add(lower);
      }
      if (!capitalised) {
        lowerCase.add(lower);
      }
      first = false;
    }
  }

  private static void count(Map<String, Integer> counts, String value) {
    if (value != null && !value.isBlank()) {
      counts.merge(value, 1, Integer::sum);
    }
  }

  private static String mostCommon(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static Long max(Long a, long b) {
    return a == null ? b : Math.max(a, b);
  }
}
