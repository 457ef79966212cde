package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence in, figures out, for ways local news counts a group without one plain count before the verb: people
 * named together ("Smith and Jones were killed"), a count sent to hospital, a part of a group ("one of the four
 * victims died") and the nouns of gatherings and families. Each row: the text and its claims as
 * "category=point" in reading order ('' for none).
 */
class GroupWordingClaimsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // people named together as the subject of one plural predicate
      "Marcus Hill and Dana Ortiz were killed. | killed=2",
      "Deputies said Hill and Ortiz were pronounced dead at the scene. | killed=2",
      "Tom Reyes, Ann Cole and Lee Park were shot inside the store. | injured=3",
      "Tom Reyes, Ann Cole, and Lee Park were wounded. | injured=3",
      "Kim Tran and Bo Lutz, both 19, were killed. | killed=2",
      "22-year-old Kim Tran and 30-year-old Bo Lutz were both dead from their wounds. | killed=2",
      "Two men were shot on Elm Street. Hill and Ortiz were taken to a hospital. | injured=2",
      "Hill and Ortiz were arrested. | ''",
      "Hill and Ortiz were shot. | injured=2",
      "On Saturday, Hill and Ortiz were shot. | injured=2",
      "In Dayton, Hill and Ortiz were shot. | injured=2",
      "Hill was shot and Ortiz was killed. | killed=1", // one-person statements, read as before
      "Hill and Ortiz were questioned by detectives. | ''",
      // a count whose people are named in an aside keeps the verb after it
      "Two men, John Smith and Ray Lee, were shot on Elm Street. | injured=2",
      "Two men, John Smith and Ray Lee, appeared in court on Monday. | ''",
      "Smith and Wesson handguns were found at the scene. | ''",
      // names with their ages set beside them, or a name set beside a relation
      "Ann Cole, 41, and Tom Reyes, 22, were killed in the crash. | killed=2",
      "Lena Ruiz, 39, and her nephew, Carl Ruiz, 17, were shot near the school. | injured=2",
      "Ann Cole, 41, and Tom Reyes, 22, were arrested. | ''",
      // a name joined to a person told by a determined noun
      "Officer Dale Reed and the male suspect were killed in the exchange. | killed=2",
      "Officer Dale Reed and the suspect were arrested. | ''",
      "Officers and the suspect were wounded. | ''",
      // a count joined to single people who have no count of their own counts them all
      "Two boys and their father were found dead in the car. | killed=3",
      "Four deputies and the gunman were wounded in the exchange. | injured=5",
      "Two men and a woman were wounded. | injured=2 injured=1", // two counts, summed in the sentence
      "Two men and their cousin were arrested. | detained=3",
      "Two women and their cousin's dog were found dead. | killed=2",
      // a count with no noun before a verb of staying or finding
      "Three found dead in apartment | killed=3",
      "Police said four people were shot. Two remain in critical condition. | injured=4 injured=2",
      "Six remained hospitalized on Monday. | injured=6",
      "Two remained at large on Monday. | ''",
      "Three found guilty of murder | ''",
      // an unpunctuated aside of ages is no count
      "3 adults and 2 teens ages 15 and 16 were taken to the hospital. | injured=3 injured=2",
      // people listed as the objects of one harm verb or noun
      // the killer dead by his own hand is one more dead, as the registry counts
      "Police say the man fatally shot his wife and two young daughters before killing himself. | killed=4",
      "The father killed his wife, 2 sons, then himself. | killed=4",
      // a one-person count before the verb is the one who fired: his count holds none of those he shot
      "Deputies say a man apparently fatally shot his wife and three sons before killing himself. | killed=1 killed=4",
      "A 52-year-old man fatally shot his girlfriend and her son before taking his own life. | killed=1 killed=2",
      "A man fatally shot his neighbor before killing himself, police said. | killed=1 killed=1",
      "A man fatally shot his partner and their daughter. | killed=2", // no count of him: he lived
      "A man fatally shot his son and wounded his wife before killing himself. | killed=1 killed=1 injured=1",
      "The father shot his wife, his son and himself. | injured=2",
      // a headline's list joined by commas alone, ending on a count
      "Man shoots girl, 2 women inside home | injured=3",
      "Gunman kills clerk, 3 customers at store | killed=4",
      "Man shoots teen, flees on foot | injured=1",
      "Man shoots girl, 3, in the leg | injured=1", // an age
      "He shot the clerk, 2 customers ran away. | injured=1", // no headline: the list needs its 'and'
      "After killing Ray Stone, Lane fled in a car. | ''",
      "Deputies said Hale shot and killed Dale Reed and Omar Vance after an argument. | killed=2",
      "A man was charged with the murders of a woman and her daughter. | killed=2",
      "The gunman shot his ex-wife and her mother outside the store. | injured=2",
      "He shot his wife and son to death. | killed=2",
      "The teen shot his brother in the arm. | injured=1",
      "A gunman opened fire, killing one man and critically wounding another. | killed=1 injured=1",
      "He is accused of wounding another man outside a bar. | injured=1",
      "The man shot his wife and then called police. | injured=1",
      // sent to hospital: wounded
      "A fight outside a bar sent four people to the hospital early Sunday. | injured=4",
      "Gunfire erupted at the park, sending three men to area hospitals. | injured=3",
      "Club shooting sends six to hospital | injured=6",
      "The storm sent four trees onto the road. | ''",
      "Shooting near campus lands four men in hospital | injured=4",
      "The crash left two men in the hospital. | injured=2",
      "Police sent two officers to the hospital to guard the suspect. | ''",
      // a part of a group told with its own predicate
      "One of six others who were shot died at the hospital. | killed=1",
      "Police said one of the four victims died Sunday. | killed=1",
      "One of the five people shot later died. | killed=1",
      "Two of the three victims died at the scene. | killed=2",
      "Funeral services were held for two of the four men killed in the shooting. | killed=4",
      "Lopez was one of five people shot outside the club. | injured=5",
      "Image 12 of 40 Neighbors leave flowers where two people were killed. | killed=2",
      // the accused and the month are no part of the harm
      "Two brothers charged in the shooting deaths of three women appeared in court. | killed=3",
      "A man was arrested for the killing of two men in May. | detained=1 killed=2",
      "Two men charged in a robbery last year were shot on Monday. | injured=2",
      "Two men accused of helping the gunman have been arrested. | detained=2",
      "Officers fired at the car, striking the man but not killing him. | injured=1",
      // nouns of gatherings and families
      "A gunman fired into the backyard, wounding five partygoers. | injured=5",
      "Two troopers were wounded in the exchange of gunfire. | injured=2",
      "Police said his two sons were shot. | injured=2",
  })
  void readsGroupWordings(String text, String expected) {
    assertThat(OnePersonAndArticleClaimsTest.figures(text)).isEqualTo(expected);
  }
}
