package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence says something happened: a capitalised phrase in a place context ("the town/village/city/
 * province of X", "in/near/outside/around X", "north of X", "X province") that resolves in the {@link Gazetteer}.
 * Not "at X": in local news that names streets and buildings ("at Broadway and Chauncey Street"). Only a phrase in such a context is looked up, so a surname that is also a town ("Brown was
 * killed") is never read as a place. A region or country named right after the phrase ("Maharda in Hama
 * province", "Memphis, Tennessee") picks among same-named places and confirms loose transliterations.
 */
final class PlaceReader {
  private static final String WORD = "[A-Z][\\p{L}'\u2019\u2018`]*\\p{L}";
  private static final String NAME =
      "(?<place>(?:(?:al|el|a[dnrstz]|ash)-)?" + WORD
          + "(?:(?:-| |-al-| al-| el-| ad-| as-| an-| ar-| ash-| at-| az-)" + WORD + ")*)";
  private static final String UNIT =
      "town|village|city|province|district|neighbou?rhood|region|countryside|suburb|governorate|county|camp|area"
          + "|state|capital";
  // The lookaheads list every letter a match can start with: they reject most positions before the costlier
  // word-boundary test and the alternation run, and change no match.
  static final Pattern NAMED_UNIT = Pattern.compile(
      "(?=[acdgnprstv])\\b(?<unit>" + UNIT + ") of (?:the )?" + NAME);
  static final Pattern PREPOSITION = Pattern.compile(
      "(?=[INOaeinosw])\\b(?:[Ii]n|[Nn]ear|[Oo]utside|around|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)"
          + " (?:the )?(?:(?:north|south|east|west|northern|southern|eastern|western"
          + "|north-?west|north-?east|south-?west|south-?east|north-?western|north-?eastern|south-?western"
          + "|south-?eastern|central|rural|downtown|besieged|[a-z]+-held) )?" + NAME);
  static final OpeningWords NAMED_UNIT_OPENS = OpeningWords.of(UNIT.replace("neighbou?rhood",
      "neighbourhood|neighborhood").split("\\|"));
  static final OpeningWords PREPOSITION_OPENS = OpeningWords.of("in", "near", "outside", "around")
      .and(compassWords());
  private static final Pattern REGION_AFTER = Pattern.compile(
      "\\G(?:,| in| of)(?: the)? " + NAME + "(?: (?:province|governorate|region|state|county))?");
  private static final Set<String> REGION_WORDS = Set.of("province", "governorate", "region", "state");
  private static final Set<String> NOT_PLACES = Set.of(
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
      "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
      "This", "That", "His", "Her", "Their", "Its", "Our", "Oct", "Nov", "Dec", "Jan", "Feb", "Aug", "Sept",
      "Christmas", "Easter", "Ramadan", "I", "He", "She", "They", "We", "Police", "God", "Allah", "Parliament");

  /** Lower-case words a place name may be followed by; another lower-case word makes it an adjective ("Syrian conflict"). */
  private static final Set<String> AFTER_PLACE = Set.of(
      "province", "city", "governorate", "countryside", "district", "region", "county", "area", "town", "village",
      "suburbs", "outskirts", "neighbourhood", "neighborhood", "and", "on", "in", "at", "near", "where", "when",
      "after", "before", "as", "with", "during", "which", "that", "was", "were", "is", "has", "had", "early", "late",
      "last", "this", "to", "from", "of", "for", "since", "but", "or", "by", "while", "until", "state", "capital");
  private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([a-z]+)");
  /** A possessive names a place only when the place is big enough to own things ("Chicago's South Side"). */
  private static final long POSSESSIVE_POPULATION = 100_000;
  /** "University of Illinois", "Bank of America": a name with "of" after it is an institution's. */
  private static final Pattern INSTITUTION = Pattern.compile(" of [A-Z]");
  private static final Pattern NAME_WORD_BREAK = Pattern.compile("[ -]");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

  private final Gazetteer gazetteer;

  PlaceReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A reader over the JVM's gazetteer, loaded on the first sentence that needs it. */
  PlaceReader() {
    this(null);
  }

  /**
   * The first place the sentence names that resolves in the gazetteer, preferring places in
   * {@code countryHint} (the article's country, may be null); "the town of X" phrases are tried before
   * "in X" ones.
   */
  Optional<PlaceMention> find(String sentence, String countryHint) {
    return find(sentence, () -> countryHint);
  }

  /**
   * As {@link #find(String, String)}, the hint read only when a phrase in a place context proves worth looking
   * up: most sentences hold none, and reading the country a text names costs a lexicon pass.
   */
  Optional<PlaceMention> find(String sentence, Supplier<String> countryHint) {
    Optional<PlaceMention> named = find(sentence, NAMED_UNIT.matcher(sentence), NAMED_UNIT_OPENS, countryHint);
    return named.isPresent() ? named : find(sentence, PREPOSITION.matcher(sentence), PREPOSITION_OPENS, countryHint);
  }

  private Optional<PlaceMention> find(String sentence, Matcher m, OpeningWords opens, Supplier<String> countryHint) {
    for (int from = 0; opens.find(m, sentence, from); from = m.end()) {
      Optional<PlaceMention> found = resolve(sentence, m, countryHint);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** "north", "northeast", "northeastern", "western"...: the first words a compass phrase can open with. */
  private static String[] compassWords() {
    List<String> words = new ArrayList<>();
    for (String point : List.of("north", "south", "east", "west")) {
      for (String then : List.of("", "east", "west")) {
        words.add(point + then);
        words.add(point + then + "ern");
      }
    }
    return words.toArray(String[]::new);
  }

  private Optional<PlaceMention> resolve(String sentence, Matcher m, Supplier<String> hint) {
    String text = m.group("place");
    Matcher owner = POSSESSIVE.matcher(text);
    boolean possessive = owner.find();
    String name = possessive ? text.substring(0, owner.start()) : text;
    if (NOT_PLACES.contains(NAME_WORD_BREAK.split(name)[0]) || (!possessive && isAdjective(sentence, m.end()))
        || INSTITUTION.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
      return Optional.empty();
    }
    String countryHint = hint.get();
    String unit = m.pattern() == NAMED_UNIT ? m.group("unit") : nextWord(sentence, m.end());
    boolean regionWanted = unit != null && REGION_WORDS.contains(unit);
    Place within = regionAfter(sentence, m.end(), countryHint);
    String country = within != null ? within.country() : countryHint;
    return gazetteer().resolve(name, country, within, regionWanted)
        .filter(p -> !possessive || p.population() >= POSSESSIVE_POPULATION)
        .map(p -> new PlaceMention(name, p));
  }

  /** The region or country named right after a place ("…, Tennessee", "… in Hama province"), or null. */
  private Place regionAfter(String sentence, int end, String countryHint) {
    Matcher after = REGION_AFTER.matcher(sentence);
    if (!after.find(end)) {
      return null;
    }
    // The name run may swallow the next capitalised word ("New Jersey Saturday"): try shorter prefixes.
    String words = after.group("place");
    for (int cut = words.length(); cut > 0; cut = words.lastIndexOf(' ', cut - 1)) {
      Optional<Place> region = gazetteer().resolve(words.substring(0, cut), countryHint, null, true)
          .filter(p -> p.isRegion() || p.isCountry());
      if (region.isPresent()) {
        return region.get();
      }
    }
    return null;
  }

  private Gazetteer gazetteer() {
    return gazetteer != null ? gazetteer : Gazetteer.get();
  }

  private static String nextWord(String sentence, int end) {
    Matcher next = NEXT_WORD.matcher(sentence);
    return next.find(end) ? next.group(1) : null;
  }

  private static boolean isAdjective(String sentence, int end) {
    String next = nextWord(sentence, end);
    return next != null && !AFTER_PLACE.contains(next);
  }
}
