package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.extract.OnePersonAndArticleClaimsTest.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one who fired, told dead after the people he killed, is one more dead; not when he is the count itself, when a
 * list already closes on him, or when no one died. Each row: the text and its claims as "category=point".
 */
class KillerDeathTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the count names the victims only: the killer is one more
      "Deputies said the gunman killed three people and then himself. | killed=3 killed=1",
      "A man shot and killed his stepdaughter before turning the gun on himself, deputies said. | killed=1 killed=1",
      "The shooter killed two people and wounded four others before taking his own life. "
          + "| killed=2 injured=4 killed=1",
      "The man shot his wife and then himself in a murder-suicide, police said on Monday. | killed=2",
      // the killer is counted already, or no one died
      "A man shot and killed his wife and two children before killing himself. | killed=4",
      "Police say a man fatally shot two neighbours before killing himself. | killed=1 killed=2",
      "Police say the girl shot herself to death with a gun she found. | killed=1",
      "A man shot his neighbour in the leg and then shot himself in the arm. | injured=1",
      "Two people were killed in the crash and the driver hurt himself badly. | killed=2",
  })
  void countsTheKillerWhenHisDeathFollowsHisVictims(String text, String expected) {
    assertThat(figures(text.strip())).isEqualTo(expected.strip());
  }
}
