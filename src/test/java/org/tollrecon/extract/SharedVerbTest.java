package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.extract.SentenceClaimExtractorTest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts that share a verb said after them: past an "including" aside set off by commas or dashes ("20 people, including
 * six children, were killed", the aside's count a subset), and along a list of counts joined by commas ("Four
 * children, two adults hurt").
 */
class SharedVerbTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Officials said 20 people, including six children, were killed in the strike.; "
          + "20|killed|false, six|killed|true",
      "Five people, including two police officers, were wounded and one man died.; "
          + "Five|injured|false, two|injured|true, one|killed|false",
      "One man died and three others, including a 12-year-old boy, were wounded.; "
          + "One|killed|false, three|injured|false, a|injured|true",
      "A woman is dead and four others, including a girl struck while inside her home, were shot on Sunday.; "
          + "A|killed|false, four|injured|false, a|injured|true",
      "Two men were killed, including a teen, and three were hurt.; "
          + "Two|killed|false, a|killed|true, three|injured|false",
      "One man died and three others \u2013 including a 12-year-old boy \u2013 were wounded.; "
          + "One|killed|false, three|injured|false, a|injured|true",
      "Four people \u2014 including two children \u2014 were hurt in the crash.; "
          + "Four|injured|false, two|injured|true",
  })
  void theVerbAfterTheAsideGivesTheCategory(String sentence, String expected) {
    assertThat(claims(sentence, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Seven people, including the mayor, attended the vigil for the two men who were killed.; two|killed|false",
  })
  void anAsideDoesNotLendAVerbToACountThatHasNone(String sentence, String expected) {
    assertThat(claims(sentence, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Four children, two adults hurt in crash\\n\\nThe driver fled.; Four|injured|false, two|injured|false",
      "Police said 2 girls, 2 men, 3 women were shot at the party.; "
          + "2|injured|false, 2|injured|false, 3|injured|false",
      "Two women and a 12-year-old boy were wounded at the park.; Two|injured|false, a|injured|false",
      "Two men were hurt after 12 shots were fired.; Two|injured|false",
      "Three men, two women and a child were wounded in the attack.; "
          + "Three|injured|false, two|injured|false, a|injured|false",
      "Of the 5 victims, 3 died at the scene.; 3|killed|false",
      "Officers found two victims, one of whom died.; one|killed|false",
      "Police said 2 men were shot, 3 arrested.; 2|injured|false, 3|detained|false",
  })
  void countsListedByCommasShareTheVerbAfterThem(String text, String expected) {
    assertThat(claims(text, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2 men shot at birthday party\\n\\nNo arrests were made.; 2|injured",
      "Teen shot at bus stop\\n\\nNo arrests were made.; Teen|injured",
      "Two gunmen shot at officers before they fled.; ",
  })
  void shotAtAPlaceIsAWoundingShotAtPeopleIsNot(String text, String expected) {
    assertThat(claims(text, false)).isEqualTo(expected == null ? "" : expected);
  }

  /** The claims of {@code text} (a literal "\\n" a line break) as "numberText|category[|isSubset]", comma-joined. */
  private static String claims(String text, boolean withSubset) {
    return String.join(", ", read(text.replace("\\n", "\n")).stream()
        .map(c -> c.reading().text() + "|" + c.category().label() + (withSubset ? "|" + (c.subsetOf() != null) : ""))
        .toList());
  }
}
