package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.extract.OnePersonAndArticleClaimsTest.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence in, figures out, for ways a short local story tells its one victim without a count: a headline's
 * bare object ("Homeowner shoots intruder"), a life taken, a self-inflicted death, an age without hyphens, a
 * participle joined before the harm. Each row: the text (a line without a full stop opening it is its
 * headline) and its claims as "category=point" in reading order ('' for none).
 */
class OnePersonWordingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a headline names its object by a bare noun after a present-tense harm verb
      "Man shoots 12-year-old nephew at family barbecue | injured=1",
      "Girl, 9, shoots, injures brother while playing with pistol | injured=1",
      "Stray bullet grazes teen outside community pool | injured=1",
      "Man fatally shoots neighbor over fence dispute | killed=1",
      "Farmer shoots, kills teen during break-in | killed=1",
      "Man shoots at teen outside store | ''",
      "Man shoots dog that bit his son | ''",
      // the same words in running text are no headline: an object needs its determiner there
      "He said the officer shoots teen suspects too often. | ''",
      // a life taken
      "The shooting claimed the life of a 5-year-old boy on Sunday. | killed=1",
      "Gunfire took the life of Dana Reyes late Friday. | killed=1",
      "The feud has claimed the lives of two brothers. | killed=2",
      "The storm claimed the life of the party. | ''",
      "Family mourns death of son, 16, in accidental shooting | killed=1",
      "Father charged in shooting death of 2-year-old girl | killed=1",
      "Council debates death of downtown retail | ''",
      // a noun of one death with its article, its victim named, possessed or with an article after "of"
      "Two teens are charged in the shooting death of 7-year-old Rosa Vance. | killed=1",
      "A jury convicted him of murder in the death of his girlfriend. | killed=1",
      "Prosecutors say the murder of Omar Pratt followed a dispute over money. | killed=1",
      "Police condemned the killing of innocents in the city. | ''",
      "Of the victims, none was named. | ''",
      // a death told by its wound, its own hand or the end of life support
      "Deputies said Carl Vance suffered a fatal gunshot wound in the struggle. | killed=1",
      "Police said he suffered a non-fatal gunshot wound to the leg. | injured=1",
      "Teen takes own life in school parking lot | killed=1",
      "A student took his own life in the parking lot, police said. | killed=1",
      "The 9-year-old boy was taken off life support on Sunday. | killed=1",
      "The 9-year-old boy was taken off the school bus on Sunday. | ''",
      // self-inflicted harm in a headline or told with "fatally"
      "2-year-old kills himself with father's handgun | killed=1",
      "Toddler who fatally shot herself in Elm Grove is identified | killed=1",
      "A man accidentally shoots himself in the hand while cleaning a rifle. | injured=1",
      "Hunter shoots himself in foot | injured=1",
      "Man shoots own leg while cleaning revolver | injured=1",
      "Teen accidentally shoots self while adjusting gun | injured=1",
      "Officer shoots own dog during raid | ''",
      // a count word opening a sentence is no name of one person: it is read as the count it is
      "Four found shot to death in Elm Grove identified | killed=4",
      "Three remained in critical condition Monday. | injured=3",
      "Dana Reyes remained in critical condition Monday. | injured=1",
      // the killer speaking or spoken of is no victim
      "'I just killed somebody,' he told a neighbor. | ''",
      "'He just killed his whole family,' a cousin said. | ''",
      // an age written without hyphens stands for the person
      "Deputies say a 15 year old was hurt when the gun went off. | injured=1",
      "Police said the 15 year old was fine. | ''",
      // a participle joined before the harm shares the auxiliary
      "A teen was robbed and shot near the park, police said. | injured=1",
      "Police said the clerk was beaten, shot to death | killed=1",
  })
  void readsTheOneVictim(String text, String expected) {
    assertThat(figures(text.strip())).isEqualTo(expected.strip());
  }
}
