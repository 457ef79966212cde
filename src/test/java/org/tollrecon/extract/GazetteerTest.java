package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.get();

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "null", value = {
      "Maharda; SY; Muhradah; SY; Hamah",
      "Mahardeh; null; Muhradah; SY; Hamah",
      "Qalaat al-Madiq; SY; Qal'at al Madiq; SY; Hamah",
      "Qal'at al-Madiq; SY; Qal'at al Madiq; SY; Hamah",
      "Qalat al Madiq; null; Qal'at al Madiq; SY; Hamah",
      "Maarat al-Numan; SY; Ma'arrat an Nu'man; SY; Idlib",
      "Ma'arrat an-Nu'man; null; Ma'arrat an Nu'man; SY; Idlib",
      "Maarrat al-Nu'man; SY; Ma'arrat an Nu'man; SY; Idlib",
      "Qamishli; SY; Al Qamishli; SY; Al Hasakah",
      "Chicago; US; Chicago; US; Illinois",
      "Memphis; US; Memphis; US; Tennessee",
      "Syria; null; Syria; SY; ''",
  })
  void resolvesNamesAsWrittenInTheNews(String text, String hint, String name, String country, String admin1) {
    Place p = GAZETTEER.resolve(text, hint, null, false).orElseThrow();
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.country()).isEqualTo(country);
    assertThat(p.admin1()).isEqualTo(admin1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Idlib; SY; Idlib",
      "Hama; SY; Hamah",
      "Hasakah; SY; Al Hasakah",
      "Hasakeh; SY; Al Hasakah",
      "Tennessee; US; Tennessee",
      "Illinois; US; Illinois",
  })
  void resolvesFirstLevelRegions(String text, String country, String region) {
    Place p = GAZETTEER.resolve(text, country, null, true).orElseThrow();
    assertThat(p.isRegion()).isTrue();
    assertThat(p.name()).isEqualTo(region);
  }

  @Test
  void aTownKnowsItsRegion() {
    Place maharda = GAZETTEER.resolve("Maharda", "SY", null, false).orElseThrow();
    Place hama = GAZETTEER.resolve("Hama", "SY", null, true).orElseThrow();
    assertThat(maharda.liesIn(hama)).isTrue();
    assertThat(GAZETTEER.regionOf(maharda)).contains(hama);
  }

  @Test
  void aCountryHintPicksAmongSameNamedPlaces() {
    assertThat(GAZETTEER.resolve("Tripoli", "LB", null, false).orElseThrow().country()).isEqualTo("LB");
    assertThat(GAZETTEER.resolve("Tripoli", "LY", null, false).orElseThrow().country()).isEqualTo("LY");
    assertThat(GAZETTEER.resolve("Idlib", null, null, false).orElseThrow().isRegion()).isFalse();
  }

  @Test
  void aCountryOutweighsItsNamesakeTowns() {
    assertThat(GAZETTEER.resolve("Jordan").orElseThrow().featureCode()).isEqualTo(Place.COUNTRY);
  }

  @Test
  void ordinaryWordsAndLooseMatchesAcrossCountriesAreNotPlaces() {
    assertThat(GAZETTEER.candidates("Sunday", null)).isEmpty();
    assertThat(GAZETTEER.candidates("xq", null)).isEmpty();
  }

  @Test
  void holdsEveryRowOfTheResource() {
    assertThat(GAZETTEER.size()).isGreaterThan(190_000);
  }
}
