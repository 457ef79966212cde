package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.extract.SentenceClaimExtractorTest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ages written the short ways local news writes them are no counts; counts after a comma still are. */
class NonCountContextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Jordan Hale, 24 was shot in the arm outside the store.",
      "Deputies said a 15-yr-old is in stable condition.",
      "Maria Lopez, 31 remains in hospital after the crash.",
      "A sniper killed the gunman with a 100-yard shot, police said.",
      "Police said the boy who was killed was 15, and his cousin is 16.",
      "Another victim was 17.",
  })
  void anAgeIsNoCount(String sentence) {
    assertThat(read(sentence)).extracting(c -> c.reading().point()).allMatch(n -> n == 1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The death toll was 17, officials said.; 17",
      "The number of people killed is 12.; 12",
  })
  void aTollAfterACopulaStaysACount(String sentence, long point) {
    assertThat(read(sentence)).extracting(c -> c.reading().point()).containsExactly(point);
  }

  @org.junit.jupiter.api.Test
  void woundUpIsNoWound() {
    assertThat(read("Building 29 resident Andrew Hale wound up in the clubhouse.")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Two men armed with an AK-47 were shot by deputies.",
      "Near the I-75 exit, two men were shot and wounded.",
  })
  void aModelOrRoadNumberIsNoCount(String sentence) {
    assertThat(read(sentence)).extracting(c -> c.reading().point()).containsExactly(2L);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Two deputies from Precinct 5 were shot during the chase.",
      "Two Station 5 firefighters were wounded by the gunman.",
      "The Zone 5 officers shot the suspect after the robbery.",
  })
  void aNumberedUnitIsNoCount(String sentence) {
    assertThat(read(sentence)).extracting(c -> c.reading().point()).doesNotContain(5L);
  }

  @org.junit.jupiter.api.Test
  void aCountAfterALowerCaseUnitWordStillCounts() {
    assertThat(read("In that district 5 people were shot on Friday.")).extracting(c -> c.reading().point())
        .contains(5L);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Police said there were nearly 300 guests at the wedding and three of them were shot.; 3",
      "There were about 40 people inside the bar when two men were wounded.; 2",
      "There were three people killed in the house, police said.; 3",
      "Police said there were two men in the house who were already dead.; 2",
  })
  void thePeoplePresentAreNoCount(String sentence, long point) {
    assertThat(read(sentence)).extracting(c -> c.reading().point()).containsExactly(point);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "In Chicago, 24 were shot over the holiday.; 24",
      "On Saturday, 12 people were killed in the blast.; 12",
      "By Friday, 15 had died in the fighting, medics said.; 15",
  })
  void aCountAfterACommaStaysACount(String sentence, long point) {
    assertThat(read(sentence)).extracting(c -> c.reading().point()).containsExactly(point);
  }
}
