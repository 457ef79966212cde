package org.tollrecon.extract;

import java.util.List;
import java.util.Set;

/**
 * Tells numbers that count nothing from counts: ages ("a 23-year-old", "Smith, 23,"), clock times ("3 a.m."),
 * dates ("11 June 2018", "Oct. 26"), years ("since 2011"), addresses ("the 13500 block"), numbered police and fire
 * units ("Precinct 5"), percentages, money and the people present at a place ("there were about 200 people at the
 * party").
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
  private static final Set<String> AGE_LIST_JOINERS = Set.of("and", "or", "to", ",");
  private static final Set<String> AGE_APPOSITION_ENDS = Set.of(",", ".", "and");
  private static final Set<String> COPULAS = Set.of("was", "is");
  // What may end the clause of an age after a copula: "the girl who died was 17 after police first said 16".
  private static final Set<String> COMPLEMENT_ENDS = Set.of(",", ".", ";", "and", "but", "after", "when", "before");
  // Subjects whose "was 17" is a count, not an age: "The death toll was 17", "the number of injured is 12".
  private static final Set<String> TOLL_SUBJECTS = Set.of(
      "toll", "number", "total", "count", "tally", "figure", "tolls", "casualties", "dead", "injured", "wounded");
  private static final int SUBJECT_WORDS = 8;
  // "Calvin Smith, 24 was shot": the closing comma dropped, a singular verb after a number says it is no count.
  private static final Set<String> SINGULAR_VERBS = Set.of("was", "is", "has", "remains", "remained");
  private static final Set<String> MEASURE_UNITS = Set.of(
      "yard", "yards", "foot", "feet", "inch", "mile", "meter", "metre", "pound", "ton", "caliber", "calibre", "round",
      "gallon", "acre", "story", "storey", "minute", "hour", "day", "hundred", "page", "count", "point", "degree");
  // Names of police and fire units numbered after them ("Precinct 5", "Engine 12").
  private static final Set<String> UNIT_WORDS = Set.of(
      "zone", "district", "precinct", "ward", "station", "unit", "squad", "engine", "ladder", "area", "beat",
      "sector", "division", "battalion", "company", "troop");
  private static final Set<String> TIME_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "hours");
  private static final Set<String> EXISTENTIAL_VERBS = Set.of("were", "was", "are", "is");
  // Where the people of "there were 200 people ..." are: present, not harmed.
  // Modals of what did not happen: "there could have been five dead" (not "may", which hedges a report).
  private static final Set<String> COUNTERFACTUAL = Set.of("would", "could", "should");
  private static final Set<String> PRESENT_AT = Set.of("at", "in", "inside", "attending", "aboard");
  private static final int PRESENT_NOUN_WORDS = 3;
  private static final int PLACE_WORDS = 6;

  boolean excludes(List<Token> t, QuantityMention m) {
    if (m.kind() != QuantityMention.Kind.NUMBER) {
      return false;
    }
    int first = m.firstToken();
    int end = m.endToken();
    Token number = t.get(end - 1);
    String before = Token.lowerAt(t, first - 1);
    String after = Token.lowerAt(t, end);
    return isAge(t, first, end) || isMeasure(t, end) || TIME_WORDS.contains(after) || isDate(t, first, end)
        || isYear(number, before, after) || after.equals("block") || isAddress(t, end) || before.equals("no.")
        || Token.sequenceAt(t, first - 2, "no", ".") || before.equals("number") || before.equals("route")
        || before.equals("$") || before.equals("£") || before.equals("€") || MONEY_WORDS.contains(after)
        || after.equals("%") || after.equals("percent") || Token.sequenceAt(t, end, "per", "cent")
        || isModelNumber(t, first) || isUnitLabel(t, first) || isPresent(t, first, end) || isSupposed(t, first)
        || isAgeRange(t, first);
  }

  /** "victims ranging in age from 15 to 19", "ranging from 15 to 19": the ages of a count told before, no count. */
  private static boolean isAgeRange(List<Token> t, int first) {
    return Token.lowerAt(t, first - 1).equals("from") && (Token.lowerAt(t, first - 2).equals("ranging")
        || Token.sequenceAt(t, first - 3, "in", "age") || Token.lowerAt(t, first - 2).equals("age"));
  }

  /**
   * "There could have been five people dead", "it could've been 20 people shot", "the toll would be higher than
   * 50": a count after a counterfactual modal's "be" is what might have happened, not what did.
   */
  private static boolean isSupposed(List<Token> t, int first) {
    String be = Token.lowerAt(t, first - 1);
    String modal = Token.lowerAt(t, first - 2);
    if (be.equals("been") && modal.equals("have")) {
      modal = Token.lowerAt(t, first - 3);
    } else if (be.equals("been") && modal.endsWith("'ve")) {
      modal = modal.substring(0, modal.length() - 3); // "could've"
    } else if (!be.equals("be")) {
      return false;
    }
    return COUNTERFACTUAL.contains(modal);
  }

  /**
   * "the Zone 5 officers", "deputies from Precinct 4", "Area 2 detectives": digits after a capitalised name of a
   * police or fire unit name that unit, no count.
   */
  private static boolean isUnitLabel(List<Token> t, int first) {
    return first >= 1 && t.get(first).isDigits() && t.get(first - 1).isCapitalised()
        && UNIT_WORDS.contains(t.get(first - 1).lower());
  }

  /**
   * "there were about 200 teens at the party (and four of them were shot)": the count of an existential "there
   * were" whose people are placed somewhere counts those present. Not "there were three people killed": a harm
   * word before the place makes it a toll.
   */
  private static boolean isPresent(List<Token> t, int first, int end) {
    if (!EXISTENTIAL_VERBS.contains(Token.lowerAt(t, first - 1)) || !Token.lowerAt(t, first - 2).equals("there")) {
      return false;
    }
    for (int k = end; k < Math.min(t.size(), end + PRESENT_NOUN_WORDS + 1); k++) {
      if (PRESENT_AT.contains(t.get(k).lower())) {
        return k > end && !harmedAfterPlace(t, k + 1);
      }
      if (!t.get(k).isWord() || CasualtyCues.after(t, k) != null) {
        return false;
      }
    }
    return false;
  }

  /** "there were two men in the house who were already dead": a relative clause after the place tells the harm. */
  private static boolean harmedAfterPlace(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + PLACE_WORDS); k++) {
      String w = t.get(k).lower();
      if (w.equals("who") || w.equals("that")) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("and") || w.equals("when")) {
        return false;
      }
    }
    return false;
  }

  /** "an AK-47", "I-75": digits joined by a hyphen to the word before them name a model or a road, no count. */
  private static boolean isModelNumber(List<Token> t, int first) {
    if (first < 2 || !t.get(first).isDigits() || !t.get(first - 1).is("-") || !t.get(first - 2).isWord()) {
      return false;
    }
    return t.get(first - 2).end() == t.get(first - 1).start() && t.get(first - 1).end() == t.get(first).start();
  }

  /**
   * "23-year-old", "23 years old", "18 year-old", "14-yr-old", "aged 23", the news apposition "John Smith, 23, ..."
   * (also with its closing comma dropped before a singular verb: "John Smith, 23 was shot"), and each
   * number of a list of ages: "ages 20 and 27", "6 and 11 years old", "an 18 and 15 year old".
   */
  private static boolean isAge(List<Token> t, int first, int end) {
    if (ageMarkerAt(t, end) || ageLeadBefore(t, first) || ageComplement(t, first, end)) {
      return true;
    }
    if (t.get(end - 1).isDigits() && end - first == 1 && (listedAge(t, end, 1) || listedAge(t, first - 1, -1))) {
      return true;
    }
    String before = Token.lowerAt(t, first - 1);
    boolean bareNumber = end - first == 1;
    boolean commaBefore = before.equals(",") && first >= 2 && t.get(first - 2).isCapitalised();
    String after = Token.lowerAt(t, end);
    return bareNumber && commaBefore && (AGE_APPOSITION_ENDS.contains(after)
        || (SINGULAR_VERBS.contains(after) && t.get(first).text().length() <= 2));
  }

  /**
   * "the victim was 17.", "the girl who died is 15, police said", "was 17 after police first said 16": a bare
   * number after a singular copula, ending its clause, is the age of the one the clause is about. Not of a toll or
   * a number ("The death toll was 17").
   */
  private static boolean ageComplement(List<Token> t, int first, int end) {
    if (end - first != 1 || !t.get(first).isDigits() || t.get(first).text().length() > 2
        || !COPULAS.contains(Token.lowerAt(t, first - 1)) || !COMPLEMENT_ENDS.contains(Token.lowerAt(t, end))
        && end < t.size()) {
      return false;
    }
    for (int k = first - 2; k >= Math.max(0, first - 1 - SUBJECT_WORDS); k--) {
      if (TOLL_SUBJECTS.contains(t.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** "a 100-yard shot", "a 12-hour standoff", "a 9-foot fence": a number joined to a unit measures a thing. */
  private static boolean isMeasure(List<Token> t, int end) {
    return Token.lowerAt(t, end).equals("-") && MEASURE_UNITS.contains(Token.lowerAt(t, end + 1));
  }

  private static boolean ageMarkerAt(List<Token> t, int k) {
    return Token.sequenceAt(t, k, "-", "year") || Token.sequenceAt(t, k, "-", "years")
        || Token.sequenceAt(t, k, "-", "month") || Token.sequenceAt(t, k, "years", "old")
        || Token.sequenceAt(t, k, "year", "old") || Token.sequenceAt(t, k, "-", "week")
        || Token.sequenceAt(t, k, "year", "-", "old") || Token.sequenceAt(t, k, "years", "-", "old")
        || Token.sequenceAt(t, k, "-", "yr") || Token.sequenceAt(t, k, "-", "yrs") || Token.sequenceAt(t, k, "yr", "-")
        || Token.sequenceAt(t, k, "yrs", "old");
  }

  private static boolean ageLeadBefore(List<Token> t, int first) {
    String before = Token.lowerAt(t, first - 1);
    return before.equals("aged") || before.equals("age") || before.equals("ages");
  }

  /**
   * Whether the digits next to {@code from}, walking in {@code step} direction over a list of bare digits joined
   * by "and", "or", "to" or commas, end at an age marker ("years old") or start after an age lead ("ages").
   */
  private static boolean listedAge(List<Token> t, int from, int step) {
    int k = from;
    for (int hops = 0; hops < 4; hops++) {
      int joiner = k;
      if (!AGE_LIST_JOINERS.contains(Token.lowerAt(t, joiner))) {
        return false;
      }
      int number = joiner + step;
      if (number < 0 || number >= t.size() || !t.get(number).isDigits() || t.get(number).text().length() > 3) {
        return false;
      }
      if (step > 0 ? ageMarkerAt(t, number + 1) : ageLeadBefore(t, number)) {
        return true;
      }
      k = number + step;
    }
    return false;
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
