package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceReaderTest {
  private final PlaceReader reader = new PlaceReader();

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "null", value = {
      "Rebels shelled the town of Maharda in Hama province.; null; Maharda; Muhradah; SY; Hamah",
      "Two men were killed in Qalaat al-Madiq.; SY; Qalaat al-Madiq; Qal'at al Madiq; SY; Hamah",
      "Two men were killed in Qal'at al-Madiq on Saturday.; null; Qal'at al-Madiq; Qal'at al Madiq; SY; Hamah",
      "Strikes hit Maarat al-Numan overnight, near Maarat al-Numan.; SY; Maarat al-Numan; Ma'arrat an Nu'man; SY;"
          + " Idlib",
      "Ten civilians were killed in Idlib province.; SY; Idlib; Idlib; SY; Idlib",
      "Clashes erupted in the province of Idlib.; null; Idlib; Idlib; SY; Idlib",
      "A gunman killed two people in Chicago on Sunday.; US; Chicago; Chicago; US; Illinois",
      "A gunman killed two people in Memphis, Tennessee.; null; Memphis; Memphis; US; Tennessee",
      "Shelling killed 10 people in northwest Syria.; null; Syria; Syria; SY; ''",
      "Twelve soldiers died north of Hama.; SY; Hama; Hamah; SY; Hamah",
      "Three people were shot in Chicago's South Side.; US; Chicago; Chicago; US; Illinois",
      "In Aleppo, ten people were killed.; null; Aleppo; Aleppo; SY; Aleppo",
      "A man was killed in Burlington, New Jersey Saturday night.; null; Burlington; Burlington; US; New Jersey",
  })
  void resolvesThePlaceASentenceNames(String sentence, String hint, String text, String name, String country,
      String admin1) {
    PlaceMention m = reader.find(sentence, hint).orElseThrow();
    assertThat(m.text()).isEqualTo(text);
    assertThat(m.place().name()).isEqualTo(name);
    assertThat(m.place().country()).isEqualTo(country);
    assertThat(m.place().admin1()).isEqualTo(admin1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Brown was killed on Sunday.",
      "Homs said ten people were killed.",
      "Aleppo told reporters that nobody was hurt.",
      "Two people were killed on Sunday.",
      "He was killed in Sunday's attack.",
      "Ten people were killed in the Syrian conflict.",
      "Police found Smith at Johnson's home.",
      "The victim was taken to Lincoln Memorial Hospital in critical condition.",
      "Two shootings near the University of Illinois campus left one person dead.",
      "A man was shot at Broadway and Chauncey Street.",
  })
  void namesAndOrdinaryWordsAreNotPlaces(String sentence) {
    assertThat(reader.find(sentence, "US")).isEmpty();
  }
}
