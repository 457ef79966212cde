package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardinalWordsTest {
  private final CardinalWords words = new CardinalWords();

  @ParameterizedTest
  @CsvSource({
      "two, 2", "twenty two, 22", "twenty-two, 22", "ninety nine, 99", "two hundred fifty, 250",
      "a hundred, 100", "one thousand two hundred, 1200", "three million, 3000000", "eleven, 11"})
  void readsNumberWordsIncludingUnhyphenatedTens(String text, long value) {
    assertThat(words.parse(Arrays.asList(text.replace("-", " ").split(" "))).getAsLong()).isEqualTo(value);
  }
}
