package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataInferenceTest {

  private static final String PROSE =
      "Russian warplanes on Sunday launched approximately 30 strikes on the rebel-held city, officials said.";

  private final MetadataInference inference = new MetadataInference();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dawn trailer          | Published in Dawn, October 28th, 2020 | 2020-10-28",
        "day month comma year  | 20 September, 2020                    | 2020-09-20",
        "month day year        | September 20, 2020                    | 2020-09-20",
        "abbreviated month     | Sept. 20, 2020                        | 2020-09-20",
        "ISO date              | 2020-09-20                            | 2020-09-20",
        "weekday and time      | Sunday, Sept. 20, 2020 10:45 a.m. EDT | 2020-09-20",
        "posted stamp          | Posted: Monday, April 15, 2013        | 2013-04-15",
        "impossible date       | February 30, 2020                     | ",
        "date inside sentence  | Strikes hit Idlib on 20 September, 2020. | ",
      })
  void readsThePublicationDateFromAStandaloneLine(String what, String line, LocalDate expected) {
    assertThat(inference.published("Headline\n\n" + line + "\n\n" + PROSE)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void prefersTheArticlesTrailerToDatesOfOtherStories() {
    String raw = PROSE + "\n\nPublished in Dawn, October 28th, 2020\n\nTies with Tehran\nUpdated 24 Apr, 2024\n";
    assertThat(inference.published(raw)).contains(LocalDate.of(2020, 10, 28));
  }

  @Test
  void ignoresDatesInCaptionsAndBelowTheHeader() {
    StringBuilder raw = new StringBuilder("Headline\n");
    raw.append("Syrians check the damage in Idlib, Syria on 11 June 2018 [Omar Haj Kadour/AFP/Getty Images]\n");
    for (int i = 0; i < MetadataInference.HEADER_LINES; i++) {
      raw.append(PROSE).append('\n');
    }
    raw.append("24 Apr, 2024\n");
    assertThat(inference.published(raw.toString())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dawn trailer        | Published in Dawn, October 28th, 2020 | Dawn",
        "AP full name        | Associated Press                      | Associated Press",
        "AP with article     | The Associated Press                  | Associated Press",
        "AP in brackets      | (AP)                                  | Associated Press",
        "dashed Reuters      | -- Reuters                            | Reuters",
        "em-dashed AP        | \u2014 AP                             | Associated Press",
        "AFP                 | AFP                                   | Agence France-Presse",
        "AFP full name       | Agence France-Presse                  | Agence France-Presse",
        "lower-case ap       | ap                                    | ",
        "agency in sentence  | Reuters reported the strike.          | ",
      })
  void readsTheSourceFromATrailerOrAnAgencyCredit(String what, String line, String expected) {
    assertThat(inference.source(PROSE + "\n\n" + line + "\n")).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "000_421bd7cd6de4d8db.txt | Dawn             | 2020-10-28",
        "001_00f7a5ea6618fcd1.txt | Associated Press | ",
        "002_9d805a9b2de263d3.txt |                  | ",
        "003_a8106be745b31416.txt |                  | ",
        "004_936a07e2af6f924f.txt |                  | 2020-09-20",
      })
  void infersWhatTheSeedsState(String seed, String source, LocalDate published) throws IOException {
    Path file = SharedData.require("seeds").resolve(seed);
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(inference.source(raw)).isEqualTo(Optional.ofNullable(source));
    assertThat(inference.published(raw)).isEqualTo(Optional.ofNullable(published));
  }
}
