package org.tollrecon.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void shinglesIgnoreCaseAndPunctuation() {
    assertThat(Shingles.of("The Observatory said: 12 were KILLED.", 3))
        .containsExactly("the observatory said", "observatory said 12", "said 12 were", "12 were killed");
    assertThat(Shingles.of("“Too short”", 3)).isEmpty();
  }

  @Test
  void containmentOfACopyCutShortIsNearOne() {
    // A of 100 shingles fully inside B of 300: Jaccard 100/300, distance 2/3.
    assertThat(Shingles.containment(2.0 / 3, 100, 300)).isCloseTo(1.0, within(1e-9));
    // Two unrelated texts sharing nothing.
    assertThat(Shingles.containment(1.0, 100, 300)).isCloseTo(0.0, within(1e-9));
    assertThat(Shingles.containment(0.5, 0, 300)).isZero();
  }

  @Test
  void contentIdsAreStableAndPrefixed() {
    assertThat(ContentIds.of("inc", "2020-10-26", "SY", "idlib"))
        .isEqualTo(ContentIds.of("inc", "2020-10-26", "SY", "idlib"))
        .startsWith("inc-")
        .hasSize(16)
        .isNotEqualTo(ContentIds.of("inc", "2020-10-26", "SY", "hama"));
  }
}
