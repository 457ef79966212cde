package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberReadingTest {
  @Test
  void rejectsPointOutsideInterval() {
    assertThatThrownBy(() -> new NumberReading("nearly 90", 81, 89L, 90, Qualifier.APPROX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nearly 90");
  }

  @Test
  void openIntervalsIntersectBoundedOnesAboveTheirLow() {
    NumberReading moreThan50 = new NumberReading("more than 50", 51, null, 51, Qualifier.MORE_THAN);
    assertThat(moreThan50.intersects(NumberReading.exact("78", 78))).isTrue();
    assertThat(moreThan50.intersects(NumberReading.exact("50", 50))).isFalse();
  }
}
