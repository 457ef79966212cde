package org.tollrecon.extract;

import java.util.regex.Pattern;

/**
 * Tells a toll over a period or a whole war ("since the beginning of the month", "this year", "so far",
 * "during the war", "killed in the war", "the war, which began in 2011, has killed", "a campaign"), or over
 * many incidents ("in 17 shootings across the city", "a spate of shootings", "a violent weekend"), from a
 * count of one incident.
 */
final class ScopeReader {
  private static final String MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  // The lookahead lists every letter a match can start with: it rejects most positions before the costlier
  // word-boundary test and the alternation run, and changes no match.
  static final Pattern AGGREGATE = Pattern.compile(
      "(?=[ac-fhil-w\\d])(?:\\b(?:since (?:the (?:beginning|start|outbreak) of|(?:19|20)\\d\\d|(?:" + MONTH + ")\\b"
          + "|the (?:war|conflict|uprising|revolution|start|outbreak))"
          + "|(?<!earlier |later |late |early )\\bthis (?:year|month)\\b|\\bso far\\b" // "earlier this month": a day
          + "|\\bto date\\b"
          + "|\\b(?:in|over|during) the (?:past|last) (?:\\w+ )?(?:week|weeks|month|months|year|years|days|decade)\\b"
          + "|\\b(?:during|throughout) the (?:war|conflict|civil war)\\b"
          + "|\\b(?:war|conflict)(?: in [\\w-]+)?,? (?:(?:which|that) )?"
          + "(?:began|started|erupted|broke out|flared|has|also)\\b"
          + "|\\bsince an? (?:[\\w-]+ )?(?:uprising|war|conflict|revolution)\\b"
          + "|\\bin the (?:[\\w-]+ )?(?:war|conflict)\\b(?!-)"
          + "|\\bcampaign\\b|\\b(?:last|previous|latest) offensive\\b|\\bin total\\b|\\bcumulative\\b"
          + "|\\b(?:since|in) (?:19|20)\\d\\d and\\b"
          + "|\\bin (?:(?!(?:the|these|those|connection|a|an|his|her|their)\\b)[\\w'-]+ ){0,4}(?:shootings|stabbings"
          + "|incidents)\\b|\\b(?:series|string|spate|rash|wave) of (?:[\\w-]+ ){0,2}(?:shootings|stabbings|incidents"
          + "|attacks)\\b|\\bacross the (?:city|county|state|country|region|metro area)\\b"
          + "|\\bviolent (?:weekend|night|day|week|holiday)\\b"
          + "|\\b(?:weekend|holiday|overnight) (?:shootings|violence|gunfire)\\b"
          + "|\\b(?:separate|unrelated|multiple) (?:[\\w-]+ )?(?:attacks|shootings|incidents)\\b"
          + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\\d+) (?:shootings|stabbings)\\b"
          + "|\\bin (?:a )?\\d+-hour (?:span|period|stretch)\\b"
          + "|\\bin the first (?:[\\w-]+ )?(?:days|weeks|months) of (?:(?:19|20)\\d\\d|the year|this year)\\b))",
      Pattern.CASE_INSENSITIVE);
  static final OpeningWords AGGREGATE_OPENS = OpeningWords.orNumber("since", "this", "so", "to", "in", "over", "during",
      "throughout", "war", "conflict", "campaign", "last", "previous", "latest", "cumulative", "series", "string",
      "spate", "rash", "wave", "across", "violent", "weekend", "holiday", "overnight", "separate", "unrelated",
      "multiple", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several");

  Scope read(String sentence, boolean headline) {
    return headline || AGGREGATE_OPENS.find(AGGREGATE.matcher(sentence), sentence, 0) ? Scope.AGGREGATE
        : Scope.INCIDENT;
  }
}
