package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.extract.SentenceClaimExtractorTest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count whose verb comes after an "including" aside set off by commas ("20 people, including six children,
 * were killed") takes that verb, and the aside's count is its subset.
 */
class IncludingAsideTest {

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
  })
  void theVerbAfterTheAsideGivesTheCategory(String sentence, String expected) {
    assertThat(String.join(", ", read(sentence).stream()
        .map(c -> c.reading().text() + "|" + c.category().label() + "|" + (c.subsetOf() != null)).toList()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Seven people, including the mayor, attended the vigil for the two men who were killed.; two|killed|false",
  })
  void anAsideDoesNotLendAVerbToACountThatHasNone(String sentence, String expected) {
    assertThat(String.join(", ", read(sentence).stream()
        .map(c -> c.reading().text() + "|" + c.category().label() + "|" + (c.subsetOf() != null)).toList()))
        .isEqualTo(expected);
  }
}
