package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeadlineTest {

  private static final String BODY = "Police said the two men were taken to a hospital on Sunday night.";

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "3 hurt, 1 killed in Elm Street shooting | KXYZ 9 News;3 hurt, 1 killed in Elm Street shooting",
        "Teen shot near park - Riverside Courier - Riverside, OH;Teen shot near park",
        "Channel 7 :: Woman wounded in drive-by on Oak Avenue;Woman wounded in drive-by on Oak Avenue",
        "Shooting well-known pastor leaves congregation shaken;Shooting well-known pastor leaves congregation shaken"
      })
  void cutsTheSiteNameOffATitle(String title, String headline) {
    assertThat(Headline.of(title)).contains(headline);
  }

  @Test
  void spacesAndQuotesAreNormalisedAsInTheBody() {
    assertThat(Headline.of("  Two dead after  \n standoff in Millbrook  "))
        .contains("Two dead after standoff in Millbrook");
    assertThat(Headline.of("Gunman\u2019s victims named \u2014 Valley Herald")).contains("Gunman's victims named");
  }

  @Test
  void aBlankOrTooShortTitleHasNoHeadline() {
    assertThat(Headline.of(null)).isEmpty();
    assertThat(Headline.of("  ")).isEmpty();
    assertThat(Headline.of("Local News | KXYZ")).isEmpty();
  }

  @Test
  void theHeadlineOpensTheBodyAsItsOwnParagraph() {
    assertThat(Headline.open("Two men shot on Pine Road - Daily Star", BODY))
        .isEqualTo("Two men shot on Pine Road\n\n" + BODY);
  }

  @Test
  void aBodyThatAlreadyTellsTheHeadlineIsLeftAlone() {
    String body = "TWO MEN SHOT ON PINE ROAD\n\n" + BODY;
    assertThat(Headline.open("Two men shot on Pine Road - Daily Star", body)).isEqualTo(body);
    String later = "Updated 5:02 PM\n\nTwo men shot on Pine Road.\n\n" + BODY;
    assertThat(Headline.open("Two men shot on Pine Road", later)).isEqualTo(later);
  }

  @Test
  void noTitleOrAnEmptyBodyLeavesTheBody() {
    assertThat(Headline.open(null, BODY)).isEqualTo(BODY);
    assertThat(Headline.open("Two men shot on Pine Road", "")).isEmpty();
  }
}
