package org.tollrecon.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first reading of where: the capitalised place name after "the town/village/city/province of", else after
 * "in"/"near"/"at"/"outside" (a gazetteer comes later). Gives the words as written, or null.
 */
final class PlaceReader {
  private static final String NAME =
      "(?<place>[A-Z][\\p{L}'\u2019]+(?:(?:-| |-al-| al-| el-| ad-| as-)[A-Z][\\p{L}'\u2019]+)*)";
  private static final Pattern NAMED_UNIT = Pattern.compile(
      "\\b(?:town|village|city|province|district|neighbou?rhood|region|countryside|suburb|governorate|county|camp"
          + "|area) of (?:the )?" + NAME);
  private static final Pattern PREPOSITION = Pattern.compile(
      "\\b(?:in|near|at|outside|around) (?:the )?(?:(?:north|south|east|west|northern|southern|eastern|western"
          + "|north-?west|north-?east|south-?west|south-?east|north-?western|north-?eastern|south-?western"
          + "|south-?eastern|central|rural|downtown|besieged|[a-z]+-held) )?" + NAME);
  private static final Set<String> NOT_PLACES = Set.of(
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
      "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
      "This", "That", "His", "Her", "Their", "Its", "Our", "Oct", "Nov", "Dec", "Jan", "Feb", "Aug", "Sept",
      "Christmas", "Easter", "Ramadan", "I", "He", "She", "They", "We");

  /** Lower-case words a place name may be followed by; another lower-case word makes it an adjective ("Syrian conflict"). */
  private static final Set<String> AFTER_PLACE = Set.of(
      "province", "city", "governorate", "countryside", "district", "region", "county", "area", "town", "village",
      "suburbs", "outskirts", "neighbourhood", "neighborhood", "and", "on", "in", "at", "near", "where", "when",
      "after", "before", "as", "with", "during", "which", "that", "was", "were", "is", "has", "had", "early", "late",
      "last", "this", "to", "from", "of", "for", "since", "but", "or", "by", "while", "until", "state", "capital");
  private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([a-z]+)");

  String read(String sentence) {
    String unit = first(NAMED_UNIT.matcher(sentence), sentence);
    return unit != null ? unit : first(PREPOSITION.matcher(sentence), sentence);
  }

  private static String first(Matcher m, String sentence) {
    while (m.find()) {
      String place = m.group("place");
      String firstWord = place.split("[ -]")[0];
      if (!NOT_PLACES.contains(firstWord) && !isAdjective(sentence, m.end())) {
        return place;
      }
    }
    return null;
  }

  private static boolean isAdjective(String sentence, int end) {
    Matcher next = NEXT_WORD.matcher(sentence);
    return next.find(end) && !AFTER_PLACE.contains(next.group(1));
  }
}
