package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence in, claims out: readings, categories, zeros, structure and the counts that are no claims. */
class SentenceClaimExtractorTest {
  private static final SentenceClaimExtractor EXTRACTOR = new SentenceClaimExtractor(ReadingsTable.defaults());
  private static final LocalDate PUBLISHED = LocalDate.of(2020, 10, 28); // a Wednesday

  static List<CasualtyClaim> read(String text) {
    return EXTRACTOR.extract(new ArticleText("a1", text, PUBLISHED));
  }

  /** The one claim of a sentence, as "numberText|category|low|high|point|qualifier|victims". */
  private static String only(String sentence) {
    List<CasualtyClaim> claims = read(sentence);
    assertThat(claims).as(ClaimDump.all(claims)).hasSize(1);
    CasualtyClaim c = claims.get(0);
    NumberReading r = c.reading();
    return String.join("|", r.text(), c.category().label(), String.valueOf(r.low()), String.valueOf(r.high()),
        String.valueOf(r.point()), r.qualifier().label(), String.valueOf(c.victims()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "A bomb killed 1,200 people.; 1,200|killed|1200|1200|1200|exact|people",
      "Some 1.5 million people were displaced.; Some 1.5 million|displaced|1350000|1650000|1500000|approx|people",
      "Half a million people were displaced.; Half a million|displaced|500000|500000|500000|exact|people",
      "Over a quarter of a million died.; Over a quarter of a million|killed|250001|null|250001|more_than|null",
      "Three quarters of a million fled.; Three quarters of a million|displaced|750000|750000|750000|exact|null",
      "The blast wounded half a dozen people.; half a dozen|injured|6|6|6|exact|people",
      "Twenty two soldiers were killed.; Twenty two|killed|22|22|22|exact|soldiers",
      "Twenty-two soldiers were killed.; Twenty-two|killed|22|22|22|exact|soldiers",
      "Two hundred and fifty people were wounded.; Two hundred and fifty|injured|250|250|250|exact|people",
      "At least 10 people were killed.; At least 10|killed|10|null|10|at_least|people",
      "Ten or more people were killed.; Ten or more|killed|10|null|10|at_least|people",
      "More than 50 fighters were killed.; More than 50|killed|51|null|51|more_than|fighters",
      "Over 30 civilians died.; Over 30|killed|31|null|31|more_than|civilians",
      "Nearly 90 were wounded.; Nearly 90|injured|81|89|89|approx|null",
      "Almost 20 people were hurt.; Almost 20|injured|18|19|19|approx|people",
      "About 10 people were killed.; About 10|killed|9|11|10|approx|people",
      "Approximately 22 fighters were killed.; Approximately 22|killed|19|25|22|approx|fighters",
      "Up to 40 people were killed.; Up to 40|killed|0|40|40|at_most|people",
      "As many as 40 people were killed.; As many as 40|killed|0|40|40|at_most|people",
      "Between 10 and 20 people were killed.; Between 10 and 20|killed|10|20|15|range|people",
      "The strike killed 10 to 15 people.; 10 to 15|killed|10|15|12|range|people",
      "The strike killed 10-15 people.; 10-15|killed|10|15|12|range|people",
      "A dozen people were killed.; A dozen|killed|12|12|12|exact|people",
      "About a dozen people were killed.; About a dozen|killed|10|14|12|approx|people",
      "Several people were wounded.; Several|injured|3|9|3|vague|people",
      "Dozens of people were killed.; Dozens|killed|24|99|24|vague|people",
      "The raid killed scores of civilians.; scores|killed|40|99|40|vague|civilians",
      "The siege killed hundreds of people.; hundreds|killed|200|999|200|vague|people",
      "Tens of thousands of people fled.; Tens of thousands|displaced|20000|99999|20000|vague|people",
      "A man was killed in the shooting.; A|killed|1|1|1|exact|men",
      "Police said a 23-year-old man was shot and killed.; a|killed|1|1|1|exact|men",
      "Two men were shot dead.; Two|killed|2|2|2|exact|men",
      "Three people lost their lives.; Three|killed|3|3|3|exact|people",
      "One man is in critical condition.; One|injured|1|1|1|exact|men",
      "Two others were hospitalized.; Two|injured|2|2|2|exact|people",
      "Police arrested four suspects.; four|detained|4|4|4|exact|suspects",
      "Gunmen kidnapped 12 students.; 12|abducted|12|12|12|exact|people",
      "Five people are missing.; Five|missing|5|5|5|exact|people",
      "The blast left 34 casualties.; 34|casualties|34|34|34|exact|null",
      "The clashes left 200 dead and wounded.; 200|casualties|200|200|200|exact|null",
      "The shelling resulted in the deaths of some 22 fighters.; some 22|killed|19|25|22|approx|fighters",
      "The death toll rose to 15.; 15|killed|15|15|15|exact|null",
      "A man was shot in the leg.; A|injured|1|1|1|exact|men",
      "A man was shot in the head and died.; A|killed|1|1|1|exact|men",
      "A 5-year-old boy shot himself in the foot.; A|injured|1|1|1|exact|children",
      "He shot the boy's mother in the arm.; the boy's mother|injured|1|1|1|exact|women", // not the boy
      "One suspect is dead and three others are in custody.; One|killed|1|1|1|exact|suspects",
      "A black male was taken to a nearby hospital.; A|injured|1|1|1|exact|men",
      "The three victims were taken to a hospital, where they died.; three|killed|3|3|3|exact|people",
      "Two women were rushed to the hospital but died hours later.; Two|killed|2|2|2|exact|women",
      "Two men were rushed to the hospital and are in stable condition.; Two|injured|2|2|2|exact|men",
  })
  void readsTheCountAndWhatHappened(String sentence, String expected) {
    assertThat(only(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "No casualties were reported.; No|casualties",
      "There were no reported casualties.; no|casualties",
      "There were no immediate reports of injuries.; no|injured",
      "No one was killed.; No one|killed",
      "Nobody was hurt in the blast.; Nobody|injured",
  })
  void readsZeroClaims(String sentence, String expected) {
    List<CasualtyClaim> claims = read(sentence);
    assertThat(claims).hasSize(1);
    CasualtyClaim c = claims.get(0);
    assertThat(c.reading().text() + "|" + c.category().label()).isEqualTo(expected);
    assertThat(c.reading().qualifier()).isEqualTo(Qualifier.ZERO);
    assertThat(c.reading().high()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Idlib is home to over 3 million people.",
      "The province is home to about three million people, half of whom are internally displaced.",
      "If fighting escalates, some two million people would head to the Turkish border, which would kill trade.",
      "The town was targeted with more than 150 shells that killed livestock.",
      "Warplanes launched approximately 30 strikes, the heaviest since the killing began.",
      "Nine Russian planes bombed the area where fighters were killed.",
      "Turkey sent 20 armoured vehicles after the killings.",
      "Shells hit nearly 30 government posts where soldiers died.",
      "Rights group: 211 massacres committed in Syria this year",
      "A 23-year-old was charged in the killing.",
      "Police said a 19 and 22 year old were wounded.",
      "The shooting happened at 3 a.m. and nobody knows who killed him.",
      "Photo taken on 11 June 2018 shows the dead.",
      "Officers found him dead in the 13500 block of Cerise Avenue.",
      "Murders rose 15 percent in the city.",
      "The family was paid $50,000 for the death.",
      "The border was closed for two days as a result of the killings.",
      "The gunman could kill 20 people, officials feared.",
      "There could have been ten people dead in that hallway.",
      "It could've been 30 people shot, the chief said.",
      "Dozens should've been killed, a witness said.",
      "The toll would be 40 if the roof had fallen.",
      "The man killed in 2015 was never identified.",
      "See http://example.com/2013/08/18/5-shot-1-killed-in-sc-shooting for more.",
  })
  void countsThatAreNoCasualtyClaims(String sentence) {
    List<CasualtyClaim> claims = read(sentence).stream()
        .filter(c -> c.reading().point() != 1 || !c.reading().text().equalsIgnoreCase("a"))
        .collect(Collectors.toList());
    assertThat(claims).as(ClaimDump.all(claims)).isEmpty();
  }

  /** "N shot, K fatally": the dead apart, and the wounded the shot who lived, each as "category=point". */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Three people were shot, one fatally, police said.; injured=2 killed=1",
      "Nine people were shot, three of them fatally.; injured=6 killed=3",
      "Three people were wounded, one fatally.; injured=2 killed=1",
      "At least five people were shot, one fatally.; injured=5 killed=1", // an open total is not split
      "Police say an officer shot and killed his wife.; killed=1", // his wife, not the officer
      "Two teenage male victims, 16 and 17 years old, had been shot and were taken to a hospital.; injured=2",
      "Two men, ages 20 and 23, were killed.; killed=2",
      "Two women ages 31 and 45 were taken to a hospital in stable condition.; injured=2",
      "He opened fire and wounded two boys 7 and 12 years old.; injured=2",
      "A 24 year-old man was shot in the arm.; injured=1",
      "The other woman received a graze wound to the head.; injured=1",
      // the count before an active "fatally shot" is the one who fired; dead only if the shooter took his life
      "A deputy fatally shot the man after he drew a knife.; killed=1", // the man
      "The gunman fired into the crowd, hitting three people.; injured=3",
      "The truck skidded, hitting two parked cars.; ''",
      // the people after an active "shot" or a verbal "shooting" are those hit, as after "hitting"
      "Police said the man shot two neighbours outside his home.; injured=2",
      "He is charged with shooting four people at a house party.; injured=4",
      "A man who shot three people at a bar was arrested on Friday.; injured=3", // the arrest is the shooter's
      "The gunman shot both guards with a rifle, killing them.; killed=2",
      "He is suspected of shooting three people to death.; killed=3",
      "Deputies say he fatally shot his two cousins.; killed=2",
      "After the shooting two men ran from the scene.; ''", // the noun: no one hit
      "Three people were shot two blocks from the school.; injured=3",
      "Police said the shooting three weeks ago left a man dead.; killed=1",
      // "brothers" are no "others": a count of the hit that may hold the dead told after it
      "The gunman opened fire, hitting two brothers, killing one.; casualties=2 injured=1 killed=1",
      "A gunman shot two brothers, killing one.; casualties=2 injured=1 killed=1",
      "Man fires gun by accident, hits his two young sons; injured=2",
      "Stray gunfire hits three people outside a bar; injured=3",
      "A boy got hold of a gun and fired off a shot hitting a 60-year-old man in the arm.; injured=1",
      "A woman fatally shot her husband and then turned the gun on herself.; killed=1 killed=1", // she and he
      // a death told after the shot belongs to its own count, and "bodies" says no death of the shot
      "Eight people were shot -- three killed and five wounded -- at a party on Friday.; casualties=8 killed=3 injured=5",
      "Four men were shot in different parts of their bodies.; injured=4",
  })
  void tellsTheDeadApartFromTheShotWhoLived(String sentence, String expected) {
    assertThat(read(sentence).stream().map(c -> c.category().label() + "=" + c.reading().point())
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }

  /** An attempted killing is no death: as "category=point" per claim. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Three men are charged with the attempted murder of two deputies.; ''",
      "She is accused of killing a neighbor and the attempted murder of a 30-year-old man.; killed=1",
      "He was charged with the attempted murder of Tom Hale and Ray Lee.; ''",
      "He was charged with the murders of Tom Hale and Ray Lee.; killed=2",
      "The attempted robbery ended when the clerk shot and killed two men.; killed=2",
  })
  void anAttemptedKillingIsNoDeath(String sentence, String expected) {
    assertThat(read(sentence).stream().map(c -> c.category().label() + "=" + c.reading().point())
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }

  /** A question whether someone died tells no harm: as "category=point" per claim. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Officers could not say whether the driver had died.; ''",
      "It was not known if the woman was wounded, a spokesman said.; ''",
      "It was unclear whether two people had died.; ''",
      "Police said he died and it was unclear if the woman was hurt.; killed=1",
      "The woman died at the hospital, police said.; killed=1",
  })
  void aQuestionTellsNoHarm(String sentence, String expected) {
    assertThat(read(sentence).stream().map(c -> c.category().label() + "=" + c.reading().point())
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }

  /** A person listed before a count with a harm of his own is not one more of the count's harm. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "There are three dead, including the gunman, and two injured.; killed=3 injured=2",
      "Three people died, including the shooter, and one was hurt.; killed=3 injured=1",
      "Deputies found one deceased man and a second man suffering a gunshot wound.; killed=1 injured=1",
      "A wounded man and a woman were taken to a hospital.; injured=1 injured=1",
      "A man, a woman and a boy were killed.; killed=2 killed=1",
  })
  void aListedPersonWithHisOwnHarmIsNoneOfTheCount(String sentence, String expected) {
    assertThat(read(sentence).stream().map(c -> c.category().label() + "=" + c.reading().point())
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }

  /** A death told after a transfer between hospitals is the carried people's: as "category=point". */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The man and his son were taken to a hospital in Elm Grove and then flown to a hospital in Dayton where they died.; killed=1 killed=1",
      "The man and his son were taken to a hospital in Elm Grove and then flown to a hospital in Dayton for surgery.; injured=1 injured=1",
  })
  void aDeathAfterATransferBetweenHospitals(String sentence, String expected) {
    assertThat(read(sentence).stream().map(c -> c.category().label() + "=" + c.reading().point())
        .collect(Collectors.joining(" "))).isEqualTo(expected);
  }

  /** Who the counted are, as "numberText|victims|side" per claim. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The Observatory said at least 14 of the dead were rebels.; at least 14|fighters",
      "Five of the dead were children.; Five|children",
      "Four Hezbollah members have been killed in Syria.; Four|fighters",
      "Thirty Killed in Strikes on Suburb Town. Thirty civilians were killed on Saturday in strikes.; Thirty|civilians",
  })
  void namesTheVictims(String text, String expected) {
    assertThat(read(text).stream().map(c -> c.reading().text() + "|" + c.victims())
        .collect(Collectors.joining(", "))).isEqualTo(expected);
  }

  @Test
  void aBareNumberIsNotTheSubjectOfAVerbFarOn() {
    assertThat(read("Get short URL 2510 The missile strike killed four children an informed source said."))
        .extracting(c -> c.reading().text()).containsExactly("four");
  }

  @Test
  void includingMakesASubsetOfTheTotalBeforeIt() {
    List<CasualtyClaim> claims = read("The strike killed 10 people, including five children.");
    assertThat(claims).extracting(c -> c.reading().text()).containsExactly("10", "five");
    assertThat(claims.get(1).subsetOf()).isEqualTo(claims.get(0).claimId());
    assertThat(claims.get(1).category()).isEqualTo(Category.KILLED);
    assertThat(claims.get(1).victims()).isEqualTo("children");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Nine civilians including three children were killed when shells fell.; Nine|killed|false, three|killed|true",
      "Helicopter fire killed 12 people eight of them children.; 12|killed|false, eight|killed|true",
      "The group beheaded eight Syrian militants.; eight|killed|false",
      "The Observatory said six other Ahrar al-Sham members also died.; six|killed|false",
      "Fifteen civilians among them 11 children were killed in a barrel bomb attack; Fifteen|killed|false, 11|killed|true",
      "Six children were among 19 civilians killed Thursday in regime bombing; Six|killed|true, 19|killed|false",
      "At least 10 people including women and children have been killed on Friday; At least 10|killed|false",
      "Among those killed were three children and three women it said; three|killed|false, three|killed|false",
      "The attack killed 15 civilians and 27 pro-government fighters with another 10 missing; "
          + "15|killed|false, 27|killed|false, 10|missing|false",
      "The death toll from a bomb attack on a bus convoy near the towns has risen to 70.; 70|killed|false",
      "Clashes left at least 11 extremists dead.; at least 11|killed|false",
      "Rockets landed on the square killing 4 citizens injuring many others; 4|killed|false",
      "Jets struck the town killing 18 moderate Syrian rebels fighting against IS.; 18|killed|false",
      "Fifteen people were killed and five of the dead were children.; Fifteen|killed|false, five|killed|true",
      "The blast killed 20 people, including two sisters and three brothers.; 20|killed|false, two|killed|true, "
          + "three|killed|true",
      "The blast killed 20 people, including two sisters and three other men.; 20|killed|false, two|killed|true, "
          + "three|killed|false",
  })
  void readsSubsetsAndVictimsWithoutCommas(String sentence, String expected) {
    List<CasualtyClaim> claims = read(sentence);
    assertThat(claims.stream().map(c -> c.reading().text() + "|" + c.category().label() + "|" + (c.subsetOf() != null))
        .collect(Collectors.joining(", "))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "About 1,000 families fled the town.; families", "Some 300 households were displaced.; households",
      "Some 300 people were displaced.; people"})
  void keepsTheUnitTheTextCounts(String sentence, String unit) {
    assertThat(read(sentence)).extracting(CasualtyClaim::unit).containsExactly(unit);
  }

  @Test
  void disjointGroupsInOneSentenceAreNoSubsets() {
    List<CasualtyClaim> claims = read("At least 13 members of the government forces were killed and seven Asayesh "
        + "fighters, according to SOHR.");
    assertThat(claims).extracting(c -> c.reading().text() + "|" + c.category().label() + "|" + c.side() + "|"
        + c.subsetOf()).containsExactly("At least 13|killed|government|null", "seven|killed|Asayesh|null");
  }

  @Test
  void twoVerbsTwoCategories() {
    List<CasualtyClaim> claims = read("The shelling killed two men and wounded five others, including two children.");
    assertThat(claims).extracting(c -> c.reading().text() + "|" + c.category().label() + "|" + (c.subsetOf() != null))
        .containsExactly("two|killed|false", "five|injured|false", "two|injured|true");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "A woman and her son were killed in the shelling.; A woman and her son|killed|2|2|2|exact|women",
      "A woman and child died when the roof fell.; A woman and child|killed|2|2|2|exact|women",
      "A man and a woman and a child were wounded.; A man and a woman and a child|injured|3|3|3|exact|men",
      "A woman and a child were killed.; A woman and a child|killed|2|2|2|exact|women",
      "Two adults were wounded in the shooting.; Two|injured|2|2|2|exact|people",
      "A neighbor was shot in the arm.; A|injured|1|1|1|exact|people",
      "The video shows the murder of two activists.; two|killed|2|2|2|exact|people",
      "The rebels accused the army of killing well over 1,000 civilians.; "
          + "well over 1,000|killed|1001|null|1001|more_than|civilians",
      "The death toll from the raids was 213.; 213|killed|213|213|213|exact|null",
      "A medic put the toll from the shelling at 27.; 27|killed|27|27|27|exact|null",
      "The blast killed 40 people on Monday in what would be the deadliest attack this year.; "
          + "40|killed|40|40|40|exact|people",
  })
  void readsCoordinatedPeopleTollsTakenAndHedgesOfEmphasis(String sentence, String expected) {
    assertThat(only(sentence)).isEqualTo(expected);
  }

  /** DESIGN section 3: a claim's char_start/char_end are the offsets of its number_text in the article text. */
  @ParameterizedTest
  @ValueSource(strings = {
      "A woman and her son were killed in the shelling.",
      "A man and a woman and a child were wounded.",
      "Officials said more than 50 people died and between 20 and 30 were hurt.",
      "Nearly two dozen were wounded; no one was killed.",
      "A 15-year-old was shot and another man was wounded.",
  })
  void offsetsCoverTheNumberText(String text) {
    List<CasualtyClaim> claims = read(text);
    assertThat(claims).isNotEmpty();
    assertThat(claims).allSatisfy(c ->
        assertThat(text.substring(c.charStart(), c.charEnd())).isEqualTo(c.reading().text()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The death toll in 2015 was lower than the year before.",
      "A gunman and a police officer exchanged fire.",
      "A neighbor said she heard five shots.",
      "The strike would kill 40 people if it went ahead.",
  })
  void readsNoTollWhereNoneIsGiven(String sentence) {
    assertThat(read(sentence)).as(ClaimDump.all(read(sentence))).isEmpty();
  }

  @Test
  void nearlyAsManyDerivesFromTheNumberJustGiven() {
    List<CasualtyClaim> claims = read("The airstrike killed 40 fighters and wounded nearly as many.");
    NumberReading injured = claims.get(1).reading();
    assertThat(claims.get(1).category()).isEqualTo(Category.INJURED);
    assertThat(List.of(injured.text(), injured.low(), injured.high(), injured.point()))
        .containsExactly("nearly as many", 36L, 39L, 39L);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Five people were killed, according to the Britain-based war monitor.; Syrian Observatory for Human Rights",
      "Five people were killed, SOHR reported.; Syrian Observatory for Human Rights",
      "The Observatory said five people were killed.; Syrian Observatory for Human Rights",
      "Syria Civil Defence said five people were killed.; White Helmets",
      "Five people were killed, police said.; police",
      "Five people were killed, the sheriff's office said.; sheriff's office",
      "The county coroner said five people were killed.; coroner",
      "Five people were killed, the health ministry said.; health ministry",
      "Five people were killed, Mayor Jane Doe told reporters.; Mayor Jane Doe",
      "Five people were killed in the attack.; <none>",
      "The raids claimed the lives of five people.; <none>",
      "The shelling claimed more than 30 civilian lives.; <none>",
      "The group claimed responsibility for the bombing that killed five soldiers.; <none>",
      "A local doctor placed the death toll from the raids at 50.; local doctor",
      "The opposition accused the army of killing five civilians.; opposition",
      "A man accused of killing two people was arrested, police said.; police",
  })
  void attributesToTheNormalisedSource(String sentence, String expected) {
    assertThat(String.valueOf(read(sentence).get(0).attributedTo())).isEqualTo(expected.replace("<none>", "null"));
  }

  @Test
  void aSourceCarriesOverOnlyToAContinuation() {
    String text = "According to a representative of the White Helmets, the town was shelled. "
        + "The shelling killed two men. Three civilians were killed elsewhere.";
    assertThat(read(text)).extracting(CasualtyClaim::attributedTo).containsExactly("White Helmets", null);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "On Monday, an airstrike killed 10 people.; 2020-10-26; On Monday",
      "An airstrike killed 10 people yesterday.; 2020-10-27; yesterday",
      "An airstrike killed 10 people last night.; 2020-10-27; last night",
      "Rebels fired rockets on Tuesday after an attack killed 10 people a day earlier.; 2020-10-26; a day earlier",
      "An airstrike on Oct. 26, 2020 killed 10 people.; 2020-10-26; Oct. 26, 2020",
      "An airstrike on 26 October 2020 killed 10 people.; 2020-10-26; 26 October 2020",
      "An airstrike killed 10 people.; null; null",
  })
  void resolvesTheEventDateAgainstPublication(String sentence, String date, String words) {
    CasualtyClaim c = read(sentence).get(0);
    assertThat(String.valueOf(c.eventDate())).isEqualTo(date);
    assertThat(String.valueOf(c.dateText())).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "An air strike killed 10 people.; airstrike",
      "A barrel bomb killed 10 people.; barrel_bomb",
      "Artillery shelling killed 10 people.; shelling",
      "Clashes killed 10 fighters.; clashes",
      "A car bomb killed 10 people.; bombing",
      "A suicide bomber killed 10 people.; bombing",
      "Ten people died in a suicide attack.; bombing",
      "Police said the two were killed in a murder-suicide.; null", // no bomb: the killer took his own life
      "A gunman killed 10 people.; shooting",
      "An attack killed 10 people.; attack",
      "Ten people were killed.; null",
  })
  void namesTheEventType(String sentence, String type) {
    assertThat(String.valueOf(read(sentence).get(0).eventType())).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Shelling killed 10 people in the town of Maharda in Hama province.; Muhradah; SY",
      "Shelling killed 10 people in northwest Syria.; Syria; SY",
      "A gunman killed two people in Memphis, Tennessee.; Memphis; US",
      "Ten people were killed in the Syrian conflict.; null; null",
  })
  void readsAFirstLocation(String sentence, String location, String country) {
    CasualtyClaim c = read(sentence).get(0);
    assertThat(String.valueOf(c.location())).isEqualTo(location);
    assertThat(String.valueOf(c.country())).isEqualTo(country);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "At least 26 people have been killed since the beginning of the month.",
      "Some 400 civilians have been killed this year.",
      "So far 30 people have died.",
      "More than 500,000 people have been killed since 2011.",
      "Ten people were killed in the past week.",
      "The campaign killed hundreds of people.",
  })
  void tollsOverAPeriodAreAggregate(String sentence) {
    assertThat(read(sentence)).extracting(CasualtyClaim::scope).containsOnly(Scope.AGGREGATE).isNotEmpty();
  }

  @Test
  void theOpeningHeadlineCountsItsIncidentAndLinkedHeadlinesDoNot() {
    List<CasualtyClaim> claims = read("Three wounded in shooting outside bowling alley\n"
        + "Police are looking for the gunman.\nTwo dead after crash on the interstate\n");
    assertThat(claims).extracting(c -> c.reading().text() + "|" + c.scope().label())
        .containsExactly("Three|incident", "Two|aggregate");
  }

  @Test
  void theLineAfterTheOpeningHeadlineStillOpensTheStory() {
    List<CasualtyClaim> claims = read("Gunfire at block party\n\nTwo wounded near Maple Street\n"
        + "Police are looking for the gunman.\nFour hurt in apartment fire\n");
    assertThat(claims).extracting(c -> c.reading().text() + "|" + c.scope().label())
        .containsExactly("Two|incident", "Four|aggregate");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Woman killed in crash on Route 9; woman|killed",
      "Toddler Shot In Arm At Family Picnic; toddler|injured",
      "Girl, 6, grazed by stray bullet on porch; girl|injured",
      "12-year-old dead after accident at hunting camp; 12-year-old|killed",
      "Teen Shot, Killed Near Corner Store; teen|killed",
      "Teen accidentally shot, killed at home; teen|killed",
      "Deputies identify man slain outside bar; man|killed",
      "Woman fatally shot outside her home; woman|killed"
  })
  void aHeadlineNamesItsOnePersonWithoutArticleOrAuxiliary(String headline, String expected) {
    List<CasualtyClaim> claims = read(headline + "\n\nDeputies are asking for tips.");
    assertThat(claims).extracting(c -> c.reading().text().toLowerCase() + "|" + c.category().label())
        .containsExactly(expected);
  }

  @Test
  void aHeadlineTellsAnotherPersonHarmedApart() {
    assertThat(read("Man killed, another hurt in crossfire\n\nNo arrests were made."))
        .extracting(c -> c.reading().text() + "|" + c.category().label())
        .containsExactly("Man|killed", "another|injured");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Woman killed in crash on Route 9, her neighbours said.",
      "Police said on Monday that the gunman had left.\nWoman killed in crash on Route 9\n",
      "3 Boys, 2 Women Shot Near Park\n\nNo arrests were made."
  })
  void aBareNounOutsideTheOpeningHeadlineOrBeforeAPluralNamesNoOnePerson(String text) {
    assertThat(read(text)).extracting(c -> c.reading().text()).doesNotContain("Woman", "Women", "women");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Officers said a 9-year-old boy, three men and a woman were shot at the park.; 5",
      "A man, woman and girl were wounded during the argument.; 3",
      "Deputies said a teenager and two women were hurt.; 3",
      "A man, 30, and two women were shot on Tuesday.; 3",
      "The gunman and two accomplices were arrested after a man was shot.; 1",
      "Police said a woman was shot and her husband was arrested.; 1"
  })
  void singlePeopleListedWithOthersAreEachCounted(String text, long injured) {
    List<CasualtyClaim> claims = read(text);
    long sum = claims.stream().filter(c -> c.category() == Category.INJURED && c.subsetOf() == null)
        .mapToLong(c -> c.reading().point()).sum();
    assertThat(sum).as(ClaimDump.all(claims)).isEqualTo(injured);
  }

  @Test
  void aHeadlineListsSinglePeopleHarmedTogether() {
    assertThat(read("Man, woman and toddler wounded in drive-by\n\nNo arrests were made."))
        .extracting(c -> c.reading().text() + "|" + c.category().label())
        .containsExactlyInAnyOrder("Man|injured", "woman|injured", "toddler|injured");
  }

  @Test
  void aPunctuatedFirstLineIsNoHeadlineBeforeTheOpening() {
    List<CasualtyClaim> claims = read("Police are looking for the gunman.\nTwo wounded near Maple Street\n");
    assertThat(claims).extracting(c -> c.scope().label()).containsExactly("aggregate");
  }

  @Test
  void aVagueOpeningHeadlineSumsUpARoundUp() {
    assertThat(read("Dozens killed as rival militias fight across the province\nThe fighting went on.\n"))
        .extracting(CasualtyClaim::scope).containsExactly(Scope.AGGREGATE);
  }

  @Test
  void claimIdsAreStableHashesOfArticleOffsetsAndCategory() {
    CasualtyClaim c = read("Ten people were killed.").get(0);
    assertThat(c.claimId()).hasSize(16).matches("[0-9a-f]{16}")
        .isEqualTo(SentenceClaimExtractor.claimId("a1", 0, 3, Category.KILLED));
    assertThat(read("Ten people were killed.").get(0).claimId()).isEqualTo(c.claimId());
  }

  @Test
  void newsAbbreviationsDoNotEndSentences() {
    CasualtyClaim c = read("Gov. Smith and Sen. Jones visited St. Mary's, where Dr. Lee said two died.").get(0);
    assertThat(c.sentence()).startsWith("Gov. Smith");
  }

  @Test
  void serialisesAsItsReadingsTableAndWorksAfterwards() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(EXTRACTOR);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      SentenceClaimExtractor copy = (SentenceClaimExtractor) in.readObject();
      assertThat(copy.readings()).isEqualTo(EXTRACTOR.readings());
      assertThat(copy.extract(new ArticleText("a1", "Ten people were killed.", PUBLISHED)))
          .isEqualTo(read("Ten people were killed."));
    }
  }

  @Test
  void isThreadSafe() {
    String text = "At least 13 soldiers were killed on Monday, SOHR said. The shelling killed two men and wounded "
        + "five others, including two children. No one was hurt.";
    List<String> once = read(text).stream().map(ClaimDump::line).collect(Collectors.toList());
    List<List<String>> parallel = IntStream.range(0, 200).parallel()
        .mapToObj(i -> read(text).stream().map(ClaimDump::line).collect(Collectors.toList()))
        .collect(Collectors.toList());
    assertThat(parallel).allSatisfy(r -> assertThat(r).isEqualTo(once));
  }
}
