package org.tollrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.reconcile.Readings.about;
import static org.tollrecon.reconcile.Readings.atLeast;
import static org.tollrecon.reconcile.Readings.dozens;
import static org.tollrecon.reconcile.Readings.exact;
import static org.tollrecon.reconcile.Readings.moreThan;
import static org.tollrecon.reconcile.Readings.nearly;
import static org.tollrecon.reconcile.Readings.reading;
import static org.tollrecon.reconcile.Readings.scores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;

/** Report readings in, figure out: one row per case of DESIGN.md section 4.3 and its edges. */
class FigureEstimateTest {

  static Stream<Arguments> figures() {
    NumberReading upTo200 = reading("up to 200", 0, 200L, 200, Qualifier.AT_MOST);
    return Stream.of(
        // reports                                      low  best high  consensus
        row(List.of(dozens(), moreThan(50), exact(78)), 51, 78, 78, 78L, 78L),
        row(List.of(nearly(50), nearly(90)), 49, 89, 89, null, null), // the high median
        row(List.of(exact(4), exact(2)), 2, 4, 4, null, null), // not 3: nobody said 3
        row(List.of(exact(1), exact(4), exact(4), exact(9)), 1, 4, 9, null, null),
        row(List.of(exact(10), exact(20), exact(40)), 10, 20, 40, null, null),
        row(List.of(exact(10), exact(13)), 10, 13, 13, null, null),
        row(List.of(atLeast(3), exact(4), exact(3)), 3, 4, 4, null, null), // the floor 4 meets tells less
        row(List.of(atLeast(3), exact(2), exact(3)), 2, 3, 3, null, null), // a floor no larger figure meets
        row(List.of(moreThan(20), exact(25), exact(18)), 18, 25, 25, null, null),
        row(List.of(nearly(90)), 89, 89, 89, 81L, 89L), // not 81: nobody said 81
        row(List.of(about(100), nearly(100)), 99, 99, 100, 90L, 99L),
        row(List.of(scores(), atLeast(30)), 30, 40, 40, 40L, 99L), // widened: scores implies >= 40
        row(List.of(dozens(), upTo200), 99, 99, 200, 24L, 99L), // widened down to the consensus
        row(List.of(dozens(), scores()), 24, 40, 40, 40L, 99L), // vague only: they give the range
        row(List.of(atLeast(13), moreThan(20)), 13, 21, 21, 21L, null),
        row(List.of(exact(0), exact(0)), 0, 0, 0, 0L, 0L));
  }

  private static Arguments row(List<NumberReading> readings, long low, long best, long high, Long cLow, Long cHigh) {
    return Arguments.of(readings, low, best, high, cLow, cHigh);
  }

  @ParameterizedTest
  @MethodSource("figures")
  void readsReportsIntoAFigure(List<NumberReading> readings, long low, long best, long high, Long cLow, Long cHigh) {
    Figure figure = FigureEstimate.of("inc", Category.KILLED, "people", readings.size(), reports(readings));

    assertThat(Arrays.asList(figure.low(), figure.best(), figure.high(), figure.consensusLow(),
        figure.consensusHigh())).containsExactly(low, best, high, cLow, cHigh);
  }

  private static List<ReportPoint> reports(List<NumberReading> readings) {
    List<ReportPoint> reports = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      NumberReading r = readings.get(i);
      reports.add(new ReportPoint("story-" + i, "", "outlet", null, r, r.qualifier() == Qualifier.VAGUE,
          List.of("c" + i)));
    }
    return reports;
  }
}
