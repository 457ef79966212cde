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
      "The gunman killed four people at the mall and then shot himself, police said. | killed=4 killed=1",
      "Police said he killed two more people on the road and ultimately shot himself. | killed=2 killed=1",
      "The man killed his wife and later turned the gun on himself. | killed=1 killed=1",
      "The father killed his wife and two young sons before committing suicide. | killed=4",
      "Police said Ray Cole shot and killed his wife before committing suicide. | killed=1 killed=1",
      "The man, who was threatening to commit suicide, was shot by deputies. | injured=1",
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

  /** A harm told after "and" and an adverb belongs to the subject, not to the count its verb has just taken. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Deputies are looking for a suspect who killed a woman and apparently wounded a teenage boy. "
          + "| killed=1 injured=1",
      "The attackers killed 12 soldiers and later wounded three civilians in a second raid. | killed=12 injured=3",
      // a count with no verb before it still takes the predicate after "and later"
      "Three people were found and later pronounced dead. | killed=3",
  })
  void aCountTakenByAVerbKeepsItsHarm(String text, String expected) {
    assertThat(figures(text.strip())).isEqualTo(expected.strip());
  }
}
