package org.tollrecon.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that is nothing but a calendar date, as news pages print them ("20 September, 2020",
 * "September 20, 2020", "Sept. 20, 2020", "Oct 28th, 2020", "2020-09-20"), optionally with a weekday before
 * and a clock time after. Gives the date, or empty when the line says anything else or the date does not
 * exist. Mid-sentence dates are never read: the whole line must match.
 */
final class DateLine {

  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:[,|\\-\\u2013\\u2014]|at)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
          + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?";

  private static final Pattern MONTH_FIRST =
      Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO =
      Pattern.compile(YEAR + "-(?<month>\\d{2})-(?<day>\\d{2})(?:[T ]\\d{2}:\\d{2}\\S*)?");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateLine() {}

  /** The date a whole line states, or empty. */
  static Optional<LocalDate> read(String line) {
    String text = line.strip();
    for (Pattern pattern : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST}) {
      Matcher m = pattern.matcher(text);
      if (m.matches()) {
        return dateOf(m.group("year"), m.group("month"), m.group("day"));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dateOf(String year, String month, String day) {
    Integer monthNumber =
        Character.isDigit(month.charAt(0))
            ? Integer.valueOf(month)
            : MONTHS.get(month.substring(0, 3).toLowerCase(java.util.Locale.ROOT));
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      // "February 30, 2020" reads as a date but names none: not a dateline.
      return Optional.empty();
    }
  }
}
