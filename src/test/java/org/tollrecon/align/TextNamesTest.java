package org.tollrecon.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNamesTest {
  @Test
  void readsTheCapitalisedWordsThatDoNotStartASentence() {
    assertThat(TextNames.of("Teen charged in Alder Street shooting",
        "Devon Marsh, 19, was charged Tuesday. Police said Marsh shot Keisha Trent's cousin on Alder Street."))
        .contains("marsh", "keisha", "trent", "alder")
        .doesNotContain("devon", "police", "tuesday", "street", "teen");
  }

  @Test
  void readsOnlyTheOpeningOfALongText() {
    String text = "A man was shot. " + "x ".repeat(TextNames.OPENING_CHARS) + "Call Reporter Quimby now.";
    assertThat(TextNames.of(null, text)).doesNotContain("quimby");
  }

  @Test
  void aNameIsRareWhenFewStoriesOfMoreThanOneOutletOrVeryFewOfOneWriteIt() {
    assertThat(TextNames.rare(2, 1, 1000)).isTrue();
    assertThat(TextNames.rare(4, 2, 1000)).isTrue();
    assertThat(TextNames.rare(3, 1, 1000)).isFalse();
    assertThat(TextNames.rare(TextNames.RARE_STORIES + 1, 4, 1000)).isFalse();
  }

  @Test
  void inASmallRunNoNameIsRare() {
    assertThat(TextNames.rare(2, 2, 5)).isFalse();
    assertThat(TextNames.rare(2, 2, 2 * TextNames.RARE_SHARE)).isTrue();
  }
}
