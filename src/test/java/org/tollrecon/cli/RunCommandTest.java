package org.tollrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollrecon.pipeline.SparkTestSession;
import picocli.CommandLine;

/**
 * End to end: the real command line, in-process on the shared local[2] session, over {@code sample-data/}
 * and over a JSON Lines file with a broken line; asserts on the files of the output contract.
 */
class RunCommandTest {
  static final Path PROJECT = Path.of(System.getProperty("tollrecon.project.dir", ".")).toAbsolutePath();

  /** The contract of DESIGN.md section 5, written out here so that a change to it fails this test. */
  static final Map<String, String> HEADERS = Map.of(
      "claims.csv", "claim_id,article_id,source,published,story_id,incident_id,scope,category,unit,victims,"
          + "victims_text,side,number_text,low,high,point,qualifier,subset_of,attributed_to,event_date,date_text,"
          + "location,country,location_text,event_type,sentence,char_start,char_end",
      "incidents.csv", "incident_id,date,date_low,date_high,location,country,event_type,summary,n_articles,"
          + "n_stories,n_reports,sources,article_ids,killed_low,killed_best,killed_high,injured_low,injured_best,"
          + "injured_high,discrepancy",
      "figures.csv", "incident_id,category,low,best,high,consensus_low,consensus_high,n_claims,n_reports,reports",
      "discrepancies.csv", "incident_id,category,kind,severity,ratio,claim_a,attributed_a,source_a,point_a,"
          + "claim_b,attributed_b,source_b,point_b",
      "sources.csv", "name,role,n_claims,n_incidents",
      "articles.csv", "article_id,source,published,published_inferred,story_id,n_claims,status",
      "quarantine.csv", "input,line,article_id,reason,excerpt",
      "ucdp.csv", "incident_id,date_start,date_end,country,where_description,event_type,best,low,high,deaths_a,"
          + "deaths_b,deaths_civilians,deaths_unknown,side_a,side_b");

  @TempDir static Path tmp;
  static Path sampleOut;
  static int sampleExit;
  static String sampleConsole;

  @BeforeAll
  static void runOnSampleData() {
    SparkTestSession.get();
    sampleOut = tmp.resolve("sample-out");
    StringWriter console = new StringWriter();
    sampleExit = run(console, "run", "--input", PROJECT.resolve("sample-data").toString(), "--out", sampleOut.toString());
    sampleConsole = console.toString();
  }

  static int run(StringWriter console, String... args) {
    CommandLine cli = TollRecon.commandLine();
    cli.setOut(new PrintWriter(console, true));
    cli.setErr(new PrintWriter(console, true));
    return cli.execute(args);
  }

  @Test
  void sampleRunSucceedsAndReportsEachStage() {
    assertThat(sampleExit).as(sampleConsole).isZero();
    assertThat(sampleConsole).contains("[ingest] 5 articles read, 0 records quarantined", "[dedupe]", "[extract]",
        "[align]", "[reconcile]", "[write]", "Done in");
  }

  @Test
  void everyContractFileIsWrittenWithItsColumnsInOrder() throws IOException {
    for (Map.Entry<String, String> file : HEADERS.entrySet()) {
      String firstLine = Files.readAllLines(sampleOut.resolve(file.getKey()), StandardCharsets.UTF_8).get(0);
      assertThat(firstLine).as(file.getKey()).startsWith(file.getValue());
    }
    for (String name : List.of("claims", "incidents", "figures", "discrepancies", "sources", "articles", "quarantine",
        "ucdp")) {
      assertThat(sampleOut.resolve("parquet").resolve(name)).isDirectory();
    }
    assertThat(Files.readString(sampleOut.resolve("report.html"))).contains("<h1>TollRecon report</h1>")
        .contains("<img src=\"data:image/png;base64,").containsPattern("The chart shows the \\d+ incidents");
    JsonNode run = new ObjectMapper().readTree(sampleOut.resolve("run.json").toFile());
    assertThat(run.path("counts").path("articles_read").asLong()).isEqualTo(5);
    assertThat(run.path("config").path("readings").path("vague").has("dozens")).isTrue();
    assertThat(run.path("seconds").has("extract")).isTrue();
  }

  /**
   * The whole claims.csv of the sample run against the reviewed copy in src/test/resources. A change in
   * extraction or alignment shows up here as a diff to read; {@code -Dtollrecon.regenerateGolden=true}
   * rewrites the copy on purpose.
   */
  @Test
  void sampleClaimsMatchTheGoldenFile() throws IOException {
    Path golden = PROJECT.resolve("src/test/resources/org/tollrecon/cli/sample-claims.csv");
    String written = Files.readString(sampleOut.resolve("claims.csv"), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("tollrecon.regenerateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void incidentAClaimsAreReadWithTheirAttributions() throws IOException {
    List<Map<String, String>> claims = CsvFile.read(sampleOut.resolve("claims.csv")).rows().stream()
        .filter(r -> r.get("article_id").equals("001_00f7a5ea6618fcd1")).toList();
    assertThat(claims).anySatisfy(c -> assertClaim(c, "dozens", "killed", ""));
    assertThat(claims).anySatisfy(c -> assertClaim(c, "more than 50", "killed", "opposition spokesman"));
    assertThat(claims).anySatisfy(c -> assertClaim(c, "78", "killed", "Syrian Observatory for Human Rights"));
    assertThat(claims).anySatisfy(c -> assertClaim(c, "nearly 90", "injured", "Syrian Observatory for Human Rights"));
  }

  private static void assertClaim(Map<String, String> claim, String words, String category, String attributed) {
    assertThat(claim.get("number_text")).isEqualTo(words);
    assertThat(claim.get("category")).isEqualTo(category);
    assertThat(claim.get("attributed_to")).isEqualTo(attributed);
    assertThat(claim.get("source")).isEqualTo("Associated Press");
  }

  @Test
  void incidentAHoldsTheWireStoryAndItsCopyAndItsKilledFiguresAgreeAt78() throws IOException {
    List<Map<String, String>> claims = CsvFile.read(sampleOut.resolve("claims.csv")).rows();
    String incidentA = incidentOf(claims, "001_00f7a5ea6618fcd1", "78");
    assertThat(incidentOf(claims, "000_421bd7cd6de4d8db", "dozens")).isEqualTo(incidentA);
    assertThat(incidentOf(claims, "001_00f7a5ea6618fcd1", "more than 50")).isEqualTo(incidentA);
    Map<String, String> row = CsvFile.read(sampleOut.resolve("incidents.csv")).rows().stream()
        .filter(r -> r.get("incident_id").equals(incidentA)).findFirst().orElseThrow();
    assertThat(row).containsEntry("killed_low", "51").containsEntry("killed_best", "78")
        .containsEntry("killed_high", "78").containsEntry("n_stories", "1").containsEntry("discrepancy", "major")
        .containsEntry("grade", "contested");
  }

  @Test
  void theAlJazeeraRoundUpIsSplitIntoItsIncidents() throws IOException {
    List<Map<String, String>> claims = CsvFile.read(sampleOut.resolve("claims.csv")).rows();
    String article = "003_a8106be745b31416";
    assertThat(Stream.of("six", "two", "10", "At least 13").map(words -> incidentOf(claims, article, words)))
        .doesNotHaveDuplicates().doesNotContainNull();
  }

  private static String incidentOf(List<Map<String, String>> claims, String article, String words) {
    return claims.stream()
        .filter(c -> c.get("article_id").equals(article) && c.get("number_text").equals(words))
        .map(c -> c.get("incident_id")).filter(id -> !id.isEmpty()).findFirst().orElse(null);
  }

  @Test
  void theWireStoryAndItsDawnCopyAreOneStoryAndDawnsDateIsInferred() throws IOException {
    Map<String, Map<String, String>> articles = CsvFile.read(sampleOut.resolve("articles.csv")).rows().stream()
        .collect(java.util.stream.Collectors.toMap(r -> r.get("article_id"), r -> r));
    assertThat(articles).hasSize(5);
    assertThat(articles.get("000_421bd7cd6de4d8db").get("story_id"))
        .isEqualTo(articles.get("001_00f7a5ea6618fcd1").get("story_id"));
    assertThat(Stream.of("002_9d805a9b2de263d3", "003_a8106be745b31416", "004_936a07e2af6f924f", "001_00f7a5ea6618fcd1")
        .map(id -> articles.get(id).get("story_id")).distinct()).hasSize(4);
    assertThat(articles.get("000_421bd7cd6de4d8db"))
        .containsEntry("published", "2020-10-28").containsEntry("published_inferred", "true");
  }

  @Test
  void aBrokenJsonLineIsQuarantinedWithItsLineWhileTheOthersAreProcessed() throws IOException {
    List<String> seeds = Files.readAllLines(PROJECT.resolve("sample-data/jsonl/articles.jsonl"), StandardCharsets.UTF_8);
    Path input = tmp.resolve("broken.jsonl");
    Files.write(input, List.of(seeds.get(3), "{\"id\": \"cut-off\", \"text\": \"Five people were", seeds.get(4)),
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("broken-out");
    StringWriter console = new StringWriter();
    assertThat(run(console, "run", "--input", input.toString(), "--out", out.toString())).as(console.toString()).isZero();

    List<Map<String, String>> quarantine = CsvFile.read(out.resolve("quarantine.csv")).rows();
    assertThat(quarantine).singleElement().satisfies(q -> {
      assertThat(q.get("input")).endsWith("broken.jsonl");
      assertThat(q.get("line")).isEqualTo("2");
      assertThat(q.get("reason")).startsWith("malformed_json: ");
      assertThat(q.get("excerpt")).contains("Five people were");
    });
    assertThat(CsvFile.read(out.resolve("articles.csv")).rows())
        .extracting(r -> r.get("article_id") + "/" + r.get("status"))
        .containsExactly("003_a8106be745b31416/processed", "004_936a07e2af6f924f/processed");
  }

  @Test
  void nothingReadableExitsWithTwoAndLeavesNoOutputs() throws IOException {
    Path input = tmp.resolve("all-broken.jsonl");
    Files.writeString(input, "not json\n{\"id\": \"x\"}\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("nothing-out");
    StringWriter console = new StringWriter();
    assertThat(run(console, "run", "--input", input.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(console.toString()).contains("no article could be read", "malformed_json", "empty_text");
    assertThat(out).doesNotExist();
  }

  @Test
  void usageErrorsExitWithTwo() {
    StringWriter console = new StringWriter();
    assertThat(run(console, "run", "--input", "x.jsonl")).isEqualTo(2);
    assertThat(console.toString()).contains("Missing required option: '--out=DIR'");
  }
}
