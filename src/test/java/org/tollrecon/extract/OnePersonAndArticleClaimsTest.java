package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Article in, figures out, for the ways local news tells tolls without a count: named and pronoun victims,
 * a wounding later told as a death, repeated figures, "no one else was hurt" and event nouns that count.
 * Each row: the article (sentences joined by spaces) and its claims as "category=point" in reading order.
 */
class OnePersonAndArticleClaimsTest {
  private static final SentenceClaimExtractor EXTRACTOR = new SentenceClaimExtractor(ReadingsTable.defaults());

  /** The claims of {@code text} as "category=point" in reading order, space-separated. */
  static String figures(String text) {
    List<CasualtyClaim> claims = EXTRACTOR.extract(new ArticleText("t1", text, LocalDate.of(2016, 3, 2)));
    return claims.stream().map(c -> c.category().label() + "=" + c.reading().point())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // named, pronoun and definite one-person victims
      "Eric Brown, 23, was shot and killed. | killed=1",
      "Madueno died on December 25 as a result of his injuries, according to police. | killed=1",
      "The victim, identified as John Smith, was pronounced dead at the scene. | killed=1",
      "The 16-year-old boy who was shot was pronounced dead at the scene. | killed=1",
      "Damon Sochko, 16, of Morgantown, died Wednesday after being shot in the head Monday. | killed=1",
      "The suspect was shot by police. | injured=1",
      "His 16-year-old brother was shot in his left side. | injured=1",
      "The man was in critical condition. | injured=1",
      "The woman was fatally shot. | killed=1",
      "The toddler later died. | killed=1",
      // a person told, then named in apposition, is one person; a list of people is several
      "The victim, John Smith, 24, was shot in the leg. | injured=1",
      "A 12-year-old boy, Jakob Weeks, was accidentally shot at home. | injured=1",
      "Man, woman shot in Memphis | injured=1 injured=1",
      "The 17-year-old boy shot himself in the right leg. | injured=1",
      "A 5-year-old boy fatally shot himself with a gun he found at home. | killed=1",
      "An 8-year-old boy is recovering after being accidentally shot in the hand. | injured=1",
      "The juvenile was air lifted to Vanderbilt University Medical Center with serious injuries. | injured=1",
      "A 17-year-old boy is lucky to be alive after he was shot in the face. | injured=1",
      "A man in his 40s was shot in his hand. | injured=1",
      // survivors told by a hit, a treatment, a prognosis or their own way to the hospital
      "The other man was hit in the arm. | injured=1",
      "The woman was struck in the leg. | injured=1",
      "A second man was also hit in the arm. | injured=1",
      "The girl was reportedly struck by a stray bullet. | injured=1",
      "The car was also hit by gunfire. | ''",
      "Two men struck the victim. | ''",
      "The house was hit by gunfire. | ''",
      "Another man was grazed by a bullet. | injured=1",
      "A clerk shot and paralyzed a 16-year-old who tried to rob the store. | injured=1",
      // a range of ages between a count and its verb is no count, nor does it end the count's clause
      "Three other people ranging from their mid-teens to early 20s were treated at a hospital. | injured=3",
      "Four victims ranging in age from 15 to 19 were wounded. | injured=4",
      // an age after a copula ends its clause at "after" too; a toll so worded stays a toll
      "The girl who died was 17 after police first said she was 16. | killed=1",
      "The death toll was 17 after the blast. | killed=17",
      "Two men were paralysed in the attack. | injured=2",
      "She said she is lucky to be alive and not paralyzed. | ''",
      "The storm paralyzed traffic across the city. | ''",
      "A second victim was treated at a hospital. | injured=1",
      "He suffered non-life-threatening injuries. | injured=1",
      "A woman took herself to the hospital. | injured=1",
      "A second man arrived at a hospital with a gunshot wound. | injured=1",
      "The teen is expected to recover. | injured=1",
      // the victim as the object of an active verb, the shooter as subject
      "A 12-year-old boy shot his 16-year-old brother. | injured=1",
      "A 4-year-old boy accidentally shot his uncle in the stomach. | injured=1",
      "Police say a man shot and killed his wife before killing himself. | killed=1 killed=1",
      // the one who fired, dead by his own hand after killing one person, is a second death
      "A father shot and killed his baby son before turning the gun on himself. | killed=1 killed=1",
      "Deputies said a woman killed her husband and then herself. | killed=1 killed=1",
      "A teenager killed his stepfather during an argument, police said. | killed=1",
      "The man fatally shot his neighbor; he was arrested hours later. | killed=1",
      "A gunman shot his girlfriend before turning the gun on himself. | injured=1", // her death is not told
      "Police said a woman shot and killed her two sons before killing herself. | killed=1 killed=2",
      "A gunman killed three people at a bar on Friday. | killed=3", // the killer is no victim
      "Two killed the same day in separate crashes. | killed=2",
      "2 killed 3 wounded in bar shooting | killed=2 injured=3",
      // a death told by its noun: what follows the dead says how they died
      "Police are investigating the death of a man found with a gunshot wound. | killed=1",
      "The deaths of a mother and her two small daughters, all found with gunshot wounds, were ruled homicides. "
          + "| killed=1 killed=2",
      "A man found with a gunshot wound after a fight is in the hospital. | injured=1",
      "A teen was charged in the fatal shooting of a woman last week. | killed=1",
      "Police are investigating the fatal shooting of a man and two of his sons. | killed=1 killed=2",
      "Investigators say the man shot his daughter three times, killing her. | killed=1",
      "The man shot his daughter to death. | killed=1",
      "Officers returned fire, hitting and killing the suspect. | killed=1",
      "Two deputies shot and wounded the gunman. | injured=1",
      "A woman was hurt. Police said a stray bullet hit the woman in the leg. | injured=1",
      "A boy was wounded in the standoff. Officers fatally shot the boy's mother. | injured=1 killed=1",
      // a wounding later told as a death of the same person is one death
      "He was taken to a hospital but died from his injuries later. | killed=1",
      "He was airlifted to a hospital and later succumbed to his injuries. | killed=1",
      "A man was shot Tuesday. He later died at the hospital. | killed=1",
      "A 14-year-old boy was found with a gunshot wound. Banks died at the hospital. | killed=1",
      "Police said Smith was killed. He was shot twice. | killed=1",
      "Police said Smith was killed. He was also shot in the arm. | killed=1",
      // a name the death's sentence gives to someone else (the one charged) is another person
      "Ruth Vale, 30, is charged with the murder of her son. Vale was taken to a hospital with a gunshot wound. "
          + "| killed=1 injured=1",
      "Ruth Vale was shot and killed by her son. Police said Vale was shot in the head. | killed=1",
      "A 3-year-old was fatally shot on Elm Street. The unidentified 3-year-old was shot with a rifle. | killed=1",
      "Carl Vance fatally shot his wife, Ruth. Police believe Vance then shot himself. | killed=1",
      // one person told harmed "also" is someone besides the dead
      "Dana Reyes died at the scene. A teenager was also wounded in the shooting. | killed=1 injured=1",
      "Dana Reyes died at the scene. Her cousin was also shot, but survived. | killed=1 injured=1",
      "A man was killed on Elm Street. A teen in the back seat of the car was also wounded. | killed=1 injured=1",
      "Dana Reyes died at the scene. Vance also shot Stewart. | killed=1",
      "Dana Reyes died at the scene. The driver's cousin was also shot in the leg. | killed=1 injured=1",
      "Dana Reyes died at the scene. The teenager was shot in the chest. | killed=1", // how she died
      "Dana Reyes died at the scene. A 15-year-old boy and a 70-year-old man riding in the back of the car were "
          + "also hit by gunfire. | killed=1 injured=1 injured=1",
      // a person possessed by a name is one more person, as "her son" is
      "Mark Lee's wife was shot in the arm. | injured=1",
      "Dana Reyes died at the scene. Reyes's 9-year-old son was also shot. | killed=1 injured=1",
      "The Lees' daughter was wounded in the shooting. | injured=1",
      "Mark Lee's car was hit by gunfire. | ''",
      // a count of the shot holds the deaths told at or after it; the wounded are those who lived
      "Police found four people had been shot. One man died at the scene. | casualties=4 injured=3 killed=1",
      "Four men were shot outside the bar. One man died at the scene. | casualties=4 injured=3 killed=1",
      // the dead told as a part of the shot in the count's sentence are among them, and no part of the survivors
      "Five men were shot at the party and two of them died. | casualties=5 injured=3 killed=2",
      "Six people were struck by gunfire on Friday, and one of them was killed. | casualties=6 injured=5 killed=1",
      "At least six people were shot, and two of them died. | injured=6 killed=2", // an open count is not split
      // a count of the wounded that the dead are told a part of holds them as a count of the shot does
      "Five people were injured and two of them later died. | casualties=5 injured=3 killed=2",
      "Five people were injured, including two children. | injured=5 injured=2",
      // "brothers" and "mothers" are no "others" set apart from the dead
      "Two brothers were shot outside their home. He died at the hospital. | casualties=2 injured=1 killed=1",
      "A man was killed. Three others were shot. | killed=1 injured=3",
      // a failed survival is a death; a feared one is not
      "Three people were shot at the store, and two did not survive. | casualties=3 injured=1 killed=2",
      "Three people were shot at the store. One didn't survive. | casualties=3 injured=2 killed=1",
      "Three people were shot. Doctors said two of the victims may not survive. | injured=3",
      // people found with gunshot wounds are the hit too; wounds told survivable are of the living
      "Police found four people who had sustained gunshot wounds. One of the victims died at the hospital. "
          + "| casualties=4 injured=3 killed=1",
      "Deputies found two men with gunshot wounds. One man died at the scene. | casualties=2 injured=1 killed=1",
      "Four people suffered non-life-threatening gunshot wounds. A man died at the scene. | injured=4 killed=1",
      // a death of a group the shot cannot hold is another person
      "Three women were shot during the robbery and a baby boy was killed. | injured=3 killed=1",
      "Four people at the home were struck by bullets. Teng Yang was pronounced dead at the home. "
          + "| casualties=4 injured=3 killed=1",
      "Two people were shot. The two men died at the hospital. | casualties=2 killed=2",
      "A man was killed and four people were shot. | killed=1 injured=4",
      "A man was killed in a shooting outside a bar. Four people were shot there late on Friday. "
          + "| killed=1 casualties=4 injured=4", // a death told apart: the count is also kept as everyone hit
      "Four people were shot at a party. | injured=4", // no death told: the shot are the wounded
      "Four people were shot Sunday after a party, cops said. A man was grazed in the shoulder. The woman and her "
          + "children were taken to a hospital with minor injuries, and the boyfriend was also taken to the hospital "
          + "for evaluation, the sources said. Both women were treated at Metropolitan Hospital and charged with "
          + "assault, the sources said. Police have made no arrests. Detectives asked anyone with information to "
          + "call the tip line, and neighbours said the block had been quiet for years before the party. The "
          + "landlord said he would add cameras to the building and hire a guard for the weekends. In other news, an elderly woman was killed when "
          + "she smashed her car into a pillar in Ozone Park, cops said Sunday. "
          + "| casualties=4 injured=4 injured=1 injured=1 injured=2 killed=1", // a round-up's later death: not
      // set against the count here, which is also kept as everyone hit for reconciliation to weigh
      "One man is dead. Three others were shot. | killed=1 injured=3",
      "Three people were shot and wounded. A man died. | injured=3 killed=1",
      "Family members identified the 17-year-old boy fatally shot in the park. | killed=1",
      "Police say the girl shot herself to death with a gun she found. | killed=1",
      "A sheriff says a woman shot her 5-year-old son and then herself in a murder-suicide. | killed=2",
      "The man shot his wife and then himself in a murder-suicide, police said on Monday. | killed=2",
      "He was rushed to a hospital where he was later pronounced deceased. | killed=1",
      // "passed away" is a death; of a thing, no claim
      "The boy was rushed to the hospital where he passed away on Sunday. | killed=1",
      "Two of the victims passed away at the hospital. | killed=2",
      "The bill passed away from the committee. | ''",
      // taken to a hospital where one named person died: the others lived
      "All three deputies were flown to the hospital, where Deputy Jane Roe passed away. | injured=3 killed=1",
      "Two men were taken to the hospital, where both died. | killed=2",
      // a figure revised later in its sentence: the revised count replaces it; other things raised are no figure
      "Police first said three other people were hurt; that number was later raised to four. | injured=4",
      "Two people were killed, and the figure has since been revised to three. | killed=3",
      "Four people were hurt and the reward was raised to 5,000 dollars. | injured=4",
      // a part of the wounded whose own predicate is a death died; a part described is still wounded
      "Two of the injured have since passed away, police said. | killed=2",
      "One of those hurt was later pronounced dead. | killed=1",
      "A man was killed and two people were wounded. One of the wounded later died. | killed=1 injured=2 killed=1",
      "Two of the wounded were taken to the hospital where one of them died. | casualties=2 injured=1 killed=1",
      "One man was killed and another injured in a shooting. | killed=1 injured=1",
      "A man was killed. Another man was wounded. | killed=1 injured=1",
      "Both victims were taken to a hospital and treated for their injuries. | injured=2",
      "Both sides lost fighters. | ''",
      // two people stay two
      "A man was killed. A woman was wounded. | killed=1 injured=1",
      // repeated figures are one statement
      "Three people were shot. Three people were shot near the bar on Sunday. | injured=3",
      "Three people were shot. Police said three people were shot. | injured=3 injured=3", // two voices, two reports
      // zeros and event nouns
      "A man was killed. No one else was hurt. | killed=1 injured=0",
      "Nobody else was injured in the shooting. | injured=0",
      // a zero of severity only is no zero: there were injuries
      "Three people were shot. None of the injuries were life-threatening. | injured=3",
      "None of the victims have life-threatening injuries. | ''",
      "No one was seriously hurt. | ''",
      "Police are investigating a double homicide. | killed=2",
      "Police say it was a murder-suicide. | killed=2",
      // a wounding told beside a death in its own sentence is another person, even when a death of one follows
      "Deputies identify 3 dead, 1 hurt in shooting. Deputies said Carl Vance died in a struggle with his son. "
          + "| killed=3 injured=1 killed=1",
      "A 20-year-old was killed and a 19-year-old was wounded on Elm Street. The 20-year-old died at the scene. "
          + "| killed=1 injured=1",
      "Dana Reyes died shortly after she was taken to a hospital. | killed=1",
      "Police are investigating a triple shooting. | casualties=3",
  })
  void readsTheArticleAsOneTelling(String text, String expected) {
    assertThat(figures(text.strip())).isEqualTo(expected.strip());
  }

  @Test
  void aDeathInTheHeadlineOfAnotherStoryIsNotTheWoundedOfThisOne() {
    String text = "Bullet grazes teen after a fight at a skate park\n\n0:35 Mayor opens the new library"
        + "\n\n1:27 1 dead after crash on the highway, police say";
    assertThat(figures(text)).isEqualTo("injured=1 killed=1");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Police said a shooting in Memphis was reported Tuesday.",
      "A shooting on Main Street left the neighbourhood shaken.",
      "Victims were taken to several hospitals.",
  })
  void noOnePersonWithoutAHarmedSubject(String text) {
    assertThat(figures(text.strip())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Five men were shot at the party and two of them died.",
      "At least six people were shot, and two of them died.",
  })
  void theDeadAmongTheShotAreNoPartOfTheSurvivors(String text) {
    List<CasualtyClaim> claims = EXTRACTOR.extract(new ArticleText("t1", text, LocalDate.of(2016, 3, 2)));
    assertThat(claims).filteredOn(c -> c.category() == Category.KILLED).singleElement()
        .satisfies(c -> assertThat(c.subsetOf()).isNull());
  }
}
