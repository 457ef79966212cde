package org.tollrecon.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date words of a sentence and resolves them against the publication date: a weekday is the
 * latest such day not after publication, "yesterday"/"last night" the day before, "a day earlier" the day
 * before the other date of the sentence (or of publication), explicit dates as written (the year of
 * publication when none is written). Without a publication date only explicit dates with a year resolve.
 */
final class EventDateReader {
  private static final String MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
  // The lookahead lists every character a match can start with: it rejects most positions before the costlier
  // word-boundary test and the alternation run, and changes no match.
  static final Pattern DATES = Pattern.compile(
      "(?=[0-9ADEFJLMNOSTWYaelopty])(?:\\b(?<m1>" + MONTHS + ")\\.? (?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<y1>(?:19|20)\\d\\d))?"
          + "|\\b(?<d2>\\d{1,2}) (?<m2>" + MONTHS + ")\\b\\.?(?:,? (?<y2>(?:19|20)\\d\\d))?"
          + "|\\b(?:(?i:on|last|this|early|late) )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
          + "(?:['\u2019]s| (?:night|morning|afternoon|evening))?\\b"
          + "|\\b(?<rel>(?i:yesterday|last night|overnight|earlier today|today|this morning|tonight))\\b"
          + "|\\b(?<before>(?i:a day earlier|the day before|the previous day|(?<n>two|2|three|3) days "
          + "(?<dir>earlier|before|ago)))\\b)");
  static final OpeningWords DATES_OPENS = OpeningWords.orNumber("jan", "january", "feb", "february", "mar",
      "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "sepember",
      "september", "oct", "october", "nov", "november", "dec", "december", "on", "last", "this", "early", "late",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "overnight",
      "earlier", "today", "tonight", "a", "the", "two", "three");
  private static final Map<String, Integer> SMALL = Map.of("two", 2, "2", 2, "three", 3, "3", 3);

  /** A date relative to another date of the sentence ("a day earlier") or to publication ("two days ago"). */
  private record Relative(int start, int end, String text, int days, boolean ago) {}

  List<DateMention> find(String sentence, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    List<Relative> relative = new ArrayList<>();
    Matcher m = DATES.matcher(sentence);
    for (int from = 0; DATES_OPENS.find(m, sentence, from); from = m.end()) {
      if (m.group("before") != null) {
        int days = m.group("n") == null ? 1 : SMALL.get(m.group("n").toLowerCase(Locale.ROOT));
        relative.add(new Relative(m.start(), m.end(), m.group(), days, "ago".equalsIgnoreCase(m.group("dir"))));
      } else {
        out.add(new DateMention(m.start(), m.end(), m.group(), resolve(m, published)));
      }
    }
    LocalDate anchor = out.stream().map(DateMention::date).filter(d -> d != null).findFirst().orElse(published);
    for (Relative r : relative) {
      LocalDate base = r.ago() ? published : anchor;
      out.add(new DateMention(r.start(), r.end(), r.text(), base == null ? null : base.minusDays(r.days())));
    }
    return out;
  }

  private static LocalDate resolve(Matcher m, LocalDate published) {
    if (m.group("wd") != null) {
      DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      return published == null ? null : published.with(TemporalAdjusters.previousOrSame(day));
    }
    if (m.group("rel") != null) {
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      boolean sameDay = rel.equals("today") || rel.equals("earlier today") || rel.equals("this morning")
          || rel.equals("tonight");
      return published == null ? null : sameDay ? published : published.minusDays(1);
    }
    boolean mdy = m.group("m1") != null;
    String month = mdy ? m.group("m1") : m.group("m2");
    int day = Integer.parseInt(mdy ? m.group("d1") : m.group("d2"));
    String year = mdy ? m.group("y1") : m.group("y2");
    return explicit(month, day, year, published);
  }

  private static LocalDate explicit(String month, int day, String year, LocalDate published) {
    int monthNumber = monthNumber(month);
    if (day < 1 || day > 31 || (year == null && published == null)) {
      return null;
    }
    int y = year != null ? Integer.parseInt(year) : published.getYear();
    try {
      LocalDate date = LocalDate.of(y, monthNumber, day);
      return year == null && date.isAfter(published) ? date.minusYears(1) : date;
    } catch (DateTimeException e) {
      return null; // "February 30" is a typo, not a date; the words stay in dateText only if resolvable.
    }
  }

  private static int monthNumber(String month) {
    String m = month.substring(0, 3).toLowerCase(Locale.ROOT);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
  }
}
