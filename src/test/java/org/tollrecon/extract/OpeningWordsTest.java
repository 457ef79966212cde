package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningWordsTest {
  /** Each gated pattern of the readers with its opening words: gated, it must match exactly as plain find. */
  private static final Map<Pattern, OpeningWords> GATED = Map.of(
      ScopeReader.AGGREGATE, ScopeReader.AGGREGATE_OPENS,
      EventTypeReader.EVENTS, EventTypeReader.EVENTS_OPENS,
      EventDateReader.DATES, EventDateReader.DATES_OPENS,
      AttributionReader.REPORTING, AttributionReader.REPORTING_OPENS,
      PlaceReader.NAMED_UNIT, PlaceReader.NAMED_UNIT_OPENS,
      PlaceReader.PREPOSITION, PlaceReader.PREPOSITION_OPENS);
  /** Phrases that open every branch of those patterns, and look-alikes and separators that must not. */
  private static final String[] PIECES = {"since the start of", "Since 2011 and", "since March", "this year",
      "so far", "to date", "over the past three weeks", "during the civil war", "war began", "conflict erupted",
      "campaign", "latest offensive", "In total", "cumulative", "barrel-bombs", "air strike", "Airstrikes",
      "air-raids", "warplane", "war planes", "drone strikes", "aerial bombardment", "car bomb", "suicide", "IEDs",
      "explosive", "shelled", "mortars", "clashed", "firefight", "gun battle", "gunbattles", "opened fire",
      "gunmen", "gunshots", "ambushed", "attacked", "assault", "Jan.", "January", "Sept", "Sepember", "May",
      "3rd", "12", "2017", "on Monday's", "Late Friday night", "yesterday", "last night", "Earlier today",
      "tonight", "a day earlier", "the previous day", "two days ago", "3 days before", "according to",
      "told", "said", "Puts the death toll", "put the toll", "claims", "town of", "the province of",
      "neighborhood of", "neighbourhood of", "in", "In the", "near", "outside", "around", "north-east of",
      "northeastern", "southwestern of", "West of", "Aleppo", "Hama province", "Douma", "New York", "al-Bab",
      "Deir ez-Zor", "the", "of", "and", " ", " ", "-", "_", ",", ".", "'s", "\u2019s", "\u00e9", "e\u0301",
      "\u0301", "x", "Syrian", "strikesX", "intown", "un-said", "\u212aid", "1,000", "5th"};

  @ParameterizedTest
  @ValueSource(strings = {"Since the war began, 40 people were killed in air strikes on the town of Kafr Hamra.",
      "On Monday night gunmen opened fire near Stockton, police said, a day earlier than the ambush of 12 May.",
      "Shelling in northeastern Idlib province killed 9 so far this year, according to monitors.",
      "A car-bomb in the village of Al-Sheikh Maqsoud killed two, the group claimed on Sept. 3rd, 2016."})
  void findsWhatPlainFindFinds(String sentence) {
    GATED.forEach((pattern, opens) -> assertThat(gated(pattern, opens, sentence)).isEqualTo(plain(pattern, sentence)));
  }

  @Test
  void findsWhatPlainFindFindsInRandomText() {
    Random random = new Random(11);
    int matched = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        s.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      for (Map.Entry<Pattern, OpeningWords> e : GATED.entrySet()) {
        List<String> expected = plain(e.getKey(), s.toString());
        assertThat(gated(e.getKey(), e.getValue(), s.toString())).as("%s in '%s'", e.getKey(), s).isEqualTo(expected);
        matched += expected.size();
      }
    }
    assertThat(matched).as("the random text exercises the patterns").isGreaterThan(20_000);
  }

  @Test
  void skipsTextWithoutOpeningWords() {
    Pattern digits = Pattern.compile("\\b(?:on \\d+|\\d+ days)\\b");
    assertThat(gated(digits, OpeningWords.of("on"), "on 3 of 4 days")).containsExactly("0-4");
    assertThat(gated(digits, OpeningWords.orNumber("on"), "on 3 of 4 days")).containsExactly("0-4", "8-14");
    assertThat(gated(digits, OpeningWords.of("on"), "upon 3 of 4 days, won 5")).isEmpty();
  }

  private static List<String> plain(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> gated(Pattern pattern, OpeningWords opens, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    for (int from = 0; opens.find(m, text, from); from = m.end()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
