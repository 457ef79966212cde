package org.tollrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollrecon.reconcile.Readings.about;
import static org.tollrecon.reconcile.Readings.atLeast;
import static org.tollrecon.reconcile.Readings.dozens;
import static org.tollrecon.reconcile.Readings.exact;
import static org.tollrecon.reconcile.Readings.moreThan;
import static org.tollrecon.reconcile.Readings.nearly;
import static org.tollrecon.reconcile.Readings.none;
import static org.tollrecon.reconcile.Readings.reading;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;

class IntervalSumTest {

  static Stream<Arguments> sums() {
    return Stream.of(
        // parts                               low  high   point qualifier
        Arguments.of(List.of(exact(13), exact(7)), 20L, 20L, 20L, Qualifier.EXACT),
        Arguments.of(List.of(atLeast(13), exact(7)), 20L, null, 20L, Qualifier.AT_LEAST),
        Arguments.of(List.of(moreThan(10), moreThan(5)), 17L, null, 17L, Qualifier.AT_LEAST),
        Arguments.of(List.of(none(), exact(2)), 2L, 2L, 2L, Qualifier.EXACT),
        Arguments.of(List.of(none(), none()), 0L, 0L, 0L, Qualifier.ZERO),
        Arguments.of(List.of(about(20), about(10)), 27L, 33L, 30L, Qualifier.APPROX),
        Arguments.of(List.of(nearly(90), exact(5)), 86L, 94L, 94L, Qualifier.RANGE),
        Arguments.of(List.of(dozens(), exact(7)), 31L, 106L, 31L, Qualifier.VAGUE),
        Arguments.of(List.of(exact(78)), 78L, 78L, 78L, Qualifier.EXACT));
  }

  @ParameterizedTest
  @MethodSource("sums")
  void sumsIntervalsPartByPart(List<NumberReading> parts, long low, Long high, long point, Qualifier q) {
    NumberReading sum = IntervalSum.of(parts);

    assertThat(sum).extracting(NumberReading::low, NumberReading::high, NumberReading::point,
        NumberReading::qualifier).containsExactly(low, high, point, q);
  }

  @Test
  void joinsTheWordsOfTheParts() {
    assertThat(IntervalSum.of(List.of(atLeast(13), Readings.word("seven", 7))).text())
        .isEqualTo("at least 13 + seven");
  }

  @Test
  void saturatesInsteadOfOverflowing() {
    NumberReading huge = reading("countless", Long.MAX_VALUE - 1, null, Long.MAX_VALUE - 1, Qualifier.AT_LEAST);

    assertThat(IntervalSum.of(List.of(huge, exact(5))).point()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refusesAnEmptySum() {
    assertThatThrownBy(() -> IntervalSum.of(List.of())).hasMessageContaining("empty");
  }
}
