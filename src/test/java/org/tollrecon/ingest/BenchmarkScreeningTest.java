package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screens every record of the shared benchmarks: real English news must nearly all be admitted. Counts and
 * each rejection are printed for the record (surefire keeps them in the test's -output.txt).
 */
class BenchmarkScreeningTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"gvc, 0.995", "fakes-syria, 1.0"})
  void admitsNearlyAllBenchmarkArticles(String benchmark, double minAcceptedShare) {
    Path file = SharedData.require("benchmarks/" + benchmark).resolve("articles.jsonl");
    List<RawRecord> records = SharedData.jsonLines(file);
    ArticleScreen screen = new ArticleScreen(IntakeLimits.defaults());
    Map<String, Integer> rejectedByReason = new TreeMap<>();
    int accepted = 0;
    for (RawRecord raw : records) {
      Admission admission = screen.admit(raw);
      if (admission.accepted()) {
        accepted++;
      } else {
        rejectedByReason.merge(admission.rejection().reason().split(":")[0], 1, Integer::sum);
        System.out.printf("%s rejected %s: %s | %s%n", benchmark, raw.id(), admission.rejection().reason(),
            admission.rejection().excerpt());
      }
    }
    System.out.printf(
        "%s: %d of %d accepted; rejected by reason %s%n", benchmark, accepted, records.size(), rejectedByReason);
    assertThat(records).isNotEmpty();
    assertThat((double) accepted / records.size()).isGreaterThanOrEqualTo(minAcceptedShare);
  }
}
