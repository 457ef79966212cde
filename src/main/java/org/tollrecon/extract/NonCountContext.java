package org.tollrecon.extract;

import java.util.List;
import java.util.Set;

/**
 * Tells numbers that count nothing from counts: ages ("a 23-year-old", "Smith, 23,"), clock times ("3 a.m."),
 * dates ("11 June 2018", "Oct. 26"), years ("since 2011"), addresses ("the 13500 block"), percentages and money.
 */
final class NonCountContext {
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> YEAR_LEADS = Set.of(
      "in", "since", "from", "until", "till", "by", "of", "during", "early", "late", "mid", "year", "before", "after");
  private static final Set<String> STREET_WORDS = Set.of(
      "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "way",
      "highway", "hwy", "court", "place", "parkway", "terrace", "circle", "route", "interstate");
  private static final Set<String> MONEY_WORDS = Set.of("dollars", "dollar", "euros", "pounds", "cents", "bucks");
  private static final Set<String> TIME_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "hours");

  boolean excludes(List<Token> t, QuantityMention m) {
    if (m.kind() != QuantityMention.Kind.NUMBER) {
      return false;
    }
    int first = m.firstToken();
    int end = m.endToken();
    Token number = t.get(end - 1);
    String before = Token.lowerAt(t, first - 1);
    String after = Token.lowerAt(t, end);
    return isAge(t, first, end) || TIME_WORDS.contains(after) || isDate(t, first, end) || isYear(number, before, after)
        || after.equals("block") || isAddress(t, end) || before.equals("no.") || Token.sequenceAt(t, first - 2, "no", ".")
        || before.equals("number") || before.equals("route") || before.equals("$") || before.equals("£")
        || before.equals("€") || MONEY_WORDS.contains(after) || after.equals("%") || after.equals("percent")
        || Token.sequenceAt(t, end, "per", "cent");
  }

  /** "23-year-old", "23 years old", "aged 23", and the news apposition "John Smith, 23, ...". */
  private static boolean isAge(List<Token> t, int first, int end) {
    if (Token.sequenceAt(t, end, "-", "year") || Token.sequenceAt(t, end, "-", "years")
        || Token.sequenceAt(t, end, "-", "month") || Token.sequenceAt(t, end, "years", "old")
        || Token.sequenceAt(t, end, "year", "old") || Token.sequenceAt(t, end, "-", "week")) {
      return true;
    }
    String before = Token.lowerAt(t, first - 1);
    if (before.equals("aged") || before.equals("age") || before.equals("ages")) {
      return true;
    }
    boolean bareNumber = end - first == 1;
    boolean commaBefore = before.equals(",") && first >= 2 && t.get(first - 2).isCapitalised();
    String after = Token.lowerAt(t, end);
    return bareNumber && commaBefore && (after.equals(",") || after.equals(".") || after.equals("and"));
  }

  private static boolean isDate(List<Token> t, int first, int end) {
    String before = Token.lowerAt(t, first - 1);
    String beforeDot = Token.lowerAt(t, first - 2);
    boolean afterMonth = MONTHS.contains(before) || (before.equals(".") && MONTHS.contains(beforeDot));
    return afterMonth || MONTHS.contains(Token.lowerAt(t, end));
  }

  private static boolean isYear(Token number, String before, String after) {
    String d = number.text();
    if (d.length() != 4 || !number.isDigits() || d.indexOf(',') >= 0) {
      return false;
    }
    int year = Integer.parseInt(d);
    return year >= 1900 && year <= 2099 && (YEAR_LEADS.contains(before) || after.equals(",") || after.equals("."));
  }

  private static boolean isAddress(List<Token> t, int end) {
    return end + 1 < t.size() && t.get(end).isCapitalised()
        && (STREET_WORDS.contains(t.get(end + 1).lower()) || STREET_WORDS.contains(Token.lowerAt(t, end + 2)));
  }
}
