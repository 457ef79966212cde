package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed articles read as DESIGN.md section 7 reads them: every claim of each seed, in order, and nothing
 * else (so every listed non-claim is checked to produce nothing). Page chrome after the story is cut here
 * because cleaning is the ingest stage's job. "nearly as many" after "more than 50" is read as nearly 50
 * (45..49), the section 4.1 rule applied to the number the words refer back to.
 */
class SeedClaimsTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("tollrecon.project.dir", ".")).resolve("../shared").resolve("seeds");
  private static final SentenceClaimExtractor EXTRACTOR = new SentenceClaimExtractor(ReadingsTable.defaults());
  private static final String SOHR = "Syrian Observatory for Human Rights";

  /** The claim fields checked per seed claim; null high = unbounded, subset = "has a subsetOf". */
  record Row(String numberText, String category, long low, Long high, long point, String qualifier, String scope,
      String victims, String side, String attributedTo, boolean subset) {}

  private static Row row(String text, String category, long low, Long high, long point, String qualifier,
      String scope, String victims, String side, String source, boolean subset) {
    return new Row(text, category, low, high, point, qualifier, scope, victims, side, source, subset);
  }

  private static final Map<String, List<Row>> EXPECTED = Map.of(
      "000", List.of(
          row("dozens", "killed", 24, 99L, 24, "vague", "incident", "fighters", null, null, false),
          row("Some 1 million", "displaced", 900_000, 1_100_000L, 1_000_000, "approx", "aggregate", "people", null,
              null, false)),
      "001", List.of(
          row("dozens", "killed", 24, 99L, 24, "vague", "incident", "fighters", null, null, false),
          row("Some 1 million", "displaced", 900_000, 1_100_000L, 1_000_000, "approx", "aggregate", "people", null,
              null, false),
          row("12", "killed", 12, 12L, 12, "exact", "incident", "soldiers", "government", SOHR, false),
          row("more than 50", "killed", 51, null, 51, "more_than", "incident", "fighters", "opposition",
              "opposition spokesman", false),
          row("nearly as many", "injured", 45, 49L, 49, "approx", "incident", null, null, "opposition spokesman",
              false),
          row("78", "killed", 78, 78L, 78, "exact", "incident", "fighters", null, SOHR, false),
          row("nearly 90", "injured", 81, 89L, 89, "approx", "incident", null, null, SOHR, false)),
      "002", List.of(
          row("Dozens", "killed", 24, 99L, 24, "vague", "aggregate", null, null, null, false),
          row("some 22", "killed", 19, 25L, 22, "approx", "incident", "fighters", "Jaysh al-Izza", null, false),
          row("20", "killed", 20, 20L, 20, "exact", "incident", "soldiers", "government", "Hay'at Tahrir al-Sham",
              false)),
      "003", List.of(
          row("at least six", "killed", 6, null, 6, "at_least", "incident", "civilians", null, "local activists",
              false),
          row("six", "killed", 6, 6L, 6, "exact", "incident", "civilians", null, "local activists", false),
          row("one", "killed", 1, 1L, 1, "exact", "incident", "children", null, "local activists", true),
          row("two", "killed", 2, 2L, 2, "exact", "incident", "men", null, "White Helmets", false),
          row("five", "injured", 5, 5L, 5, "exact", "incident", "people", null, "White Helmets", false),
          row("two", "injured", 2, 2L, 2, "exact", "incident", "children", null, "White Helmets", true),
          row("At least 26", "killed", 26, null, 26, "at_least", "aggregate", "people", null, "White Helmets", false),
          row("no", "casualties", 0, 0L, 0, "zero", "incident", null, null, SOHR, false),
          row("10", "killed", 10, 10L, 10, "exact", "incident", "people", null, SOHR, false),
          row("five", "killed", 5, 5L, 5, "exact", "incident", "children", null, SOHR, true),
          row("At least 13", "killed", 13, null, 13, "at_least", "incident", "soldiers", "government", SOHR, false),
          row("seven", "killed", 7, 7L, 7, "exact", "incident", "fighters", "Asayesh", SOHR, false)),
      "004", List.of(
          row("No", "casualties", 0, 0L, 0, "zero", "incident", null, null, null, false),
          row("hundreds", "killed", 200, 999L, 200, "vague", "aggregate", "people", null, null, false),
          row("over a million", "displaced", 1_000_001, null, 1_000_001, "more_than", "aggregate", null, null, null,
              false)));

  private static final Map<String, LocalDate> PUBLISHED = Map.of(
      "000", LocalDate.of(2020, 10, 28), "001", LocalDate.of(2020, 10, 27), "003", LocalDate.of(2018, 9, 8),
      "004", LocalDate.of(2020, 9, 20));

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void readsEverySeedClaimAndNothingElse(String seed) throws IOException {
    List<CasualtyClaim> claims = EXTRACTOR.extract(seedArticle(seed));
    List<Row> actual = claims.stream().map(SeedClaimsTest::toRow).collect(Collectors.toList());
    assertThat(actual).as(ClaimDump.all(claims)).containsExactlyElementsOf(EXPECTED.get(seed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001"})
  void incidentAHappenedOnMonday26October(String seed) throws IOException {
    List<CasualtyClaim> claims = EXTRACTOR.extract(seedArticle(seed));
    assertThat(claims.stream().filter(c -> c.scope() == Scope.INCIDENT && c.eventDate() != null))
        .allSatisfy(c -> assertThat(c.eventDate()).isEqualTo(LocalDate.of(2020, 10, 26)))
        .isNotEmpty();
    assertThat(claims).allSatisfy(c -> assertThat(c.country()).isEqualTo("SY"));
  }

  @org.junit.jupiter.api.Test
  void seedThreeSubsetsPointAtTheirTotalsAndDatesResolveAgainstPublication() throws IOException {
    List<CasualtyClaim> claims = EXTRACTOR.extract(seedArticle("003"));
    CasualtyClaim ten = claims.get(8);
    CasualtyClaim fiveChildren = claims.get(9);
    assertThat(fiveChildren.subsetOf()).isEqualTo(ten.claimId());
    assertThat(claims.get(2).subsetOf()).isEqualTo(claims.get(1).claimId());
    assertThat(claims.get(5).subsetOf()).isEqualTo(claims.get(4).claimId());
    assertThat(ten.eventDate()).isEqualTo(LocalDate.of(2018, 9, 7));
    assertThat(ten.dateText()).isEqualTo("On Friday");
    assertThat(ten.location()).isEqualTo("Muhradah"); // GeoNames name of the town the text calls Maharda
    assertThat(ten.eventType()).isEqualTo("shelling");
    assertThat(claims.get(11).location()).isEqualTo("Al Qamishli");
    assertThat(claims.get(11).subsetOf()).isNull();
  }

  @org.junit.jupiter.api.Test
  void offsetsLocateTheNumberWordsInTheText() throws IOException {
    ArticleText article = seedArticle("001");
    for (CasualtyClaim c : EXTRACTOR.extract(article)) {
      assertThat(article.text().substring(c.charStart(), c.charEnd())).isEqualTo(c.reading().text());
      assertThat(article.text()).contains(c.sentence());
    }
  }

  static ArticleText seedArticle(String prefix) throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "shared seeds not found at " + SEEDS + "; skipping seed tests");
    Path file;
    try (var files = Files.list(SEEDS)) {
      file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    return new ArticleText(prefix, cutChrome(text), PUBLISHED.get(prefix));
  }

  /** Cuts what follows the story: trailers, agency credit and caption, comment boxes. */
  private static String cutChrome(String text) {
    String out = text;
    for (String marker : List.of("Published in Dawn", "\n\nAssociated Press", "Add a Comment", "Show Comments")) {
      int at = out.indexOf(marker);
      out = at >= 0 ? out.substring(0, at) : out;
    }
    return out;
  }

  private static Row toRow(CasualtyClaim c) {
    NumberReading r = c.reading();
    return new Row(r.text(), c.category().label(), r.low(), r.high(), r.point(), r.qualifier().label(),
        c.scope().label(), c.victims(), c.side(), c.attributedTo(), c.subsetOf() != null);
  }
}
