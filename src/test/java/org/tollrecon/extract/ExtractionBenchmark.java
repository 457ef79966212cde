package org.tollrecon.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tollrecon.eval.CsvTable;
import org.tollrecon.eval.StatedFigure;
import org.tollrecon.ingest.Admission;
import org.tollrecon.ingest.ArticleScreen;
import org.tollrecon.ingest.IntakeLimits;
import org.tollrecon.ingest.RawRecord;

/**
 * The extraction benchmark, run by {@code jobs/extraction-benchmark}: reads the shared benchmarks, prints
 * per-article figures (GVC single-article incidents, FA-KES labelled figures, read from each article as ingest
 * gives it: cleaned and opened by its headline) and one-thread throughput over the raw texts in MB/s (wall
 * clock and thread CPU, JVM start and warm-up excluded), and writes them with the lists of
 * misses to {@code target/extract-benchmark*.txt}. It asserts nothing: the figures are measured, not hoped.
 */
final class ExtractionBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SentenceClaimExtractor extractor = new SentenceClaimExtractor(ReadingsTable.defaults());
  private final StringBuilder report = new StringBuilder();
  private final StringBuilder mismatches = new StringBuilder();
  private final StringBuilder fakesMisses = new StringBuilder();

  /**
   * {@code args[0]}: the benchmarks folder ({@code ../shared/benchmarks}); {@code args[1] = --figures}: the
   * figures alone, without the minutes of throughput rounds.
   */
  public static void main(String[] args) throws IOException {
    boolean figuresOnly = args.length > 1 && args[1].equals("--figures");
    new ExtractionBenchmark().measure(Path.of(args.length > 0 ? args[0] : "../shared/benchmarks"), !figuresOnly);
  }

  void measure(Path benchmarks, boolean withThroughput) throws IOException {
    Path gvc = benchmarks.resolve("gvc");
    Path fakes = benchmarks.resolve("fakes-syria");
    if (!Files.isDirectory(gvc) || !Files.isDirectory(fakes)) {
      throw new IOException("benchmarks not found under " + benchmarks);
    }
    Map<String, ArticleText> gvcArticles = articles(gvc.resolve("articles.jsonl"));
    Map<String, ArticleText> fakesArticles = articles(fakes.resolve("articles.jsonl"));
    gvcFigures(screened(gvc.resolve("articles.jsonl")), csv(gvc.resolve("incidents.csv")));
    fakesFigures(screened(fakes.resolve("articles.jsonl")), csv(fakes.resolve("labels.csv")));
    if (withThroughput) {
      throughput("gvc", new ArrayList<>(gvcArticles.values()));
      throughput("fakes-syria", new ArrayList<>(fakesArticles.values()));
    }
    System.out.println(report);
    Files.writeString(Path.of("target/extract-benchmark.txt"), report, StandardCharsets.UTF_8);
    Files.writeString(Path.of("target/extract-benchmark-gvc-mismatches.txt"), mismatches, StandardCharsets.UTF_8);
    Files.writeString(Path.of("target/extract-benchmark-fakes-misses.txt"), fakesMisses, StandardCharsets.UTF_8);
  }

  private void gvcFigures(Map<String, ArticleText> articles, List<Map<String, String>> incidents) {
    int n = 0;
    int killedOk = 0;
    int injuredOk = 0;
    int bothOk = 0;
    int withKilledClaim = 0;
    int withInjuredClaim = 0;
    for (Map<String, String> incident : incidents) {
      String[] ids = incident.get("article_ids").split(";");
      ArticleText article = articles.get(ids[0]);
      if (ids.length != 1 || article == null) {
        continue;
      }
      n++;
      List<CasualtyClaim> claims = extractor.extract(article);
      Long killed = maxPoint(claims, Category.KILLED);
      Long injured = maxPoint(claims, Category.INJURED);
      withKilledClaim += killed != null ? 1 : 0;
      withInjuredClaim += injured != null ? 1 : 0;
      boolean k = (killed == null ? 0 : killed) == Long.parseLong(incident.get("killed"));
      boolean i = (injured == null ? 0 : injured) == Long.parseLong(incident.get("injured"));
      if (!(k && i)) {
        mismatches.append("gold k=").append(incident.get("killed")).append(" i=").append(incident.get("injured"))
            .append(" pred k=").append(killed).append(" i=").append(injured).append(" ").append(article.articleId())
            .append(ClaimDump.all(claims)).append('\n');
      }
      killedOk += k ? 1 : 0;
      injuredOk += i ? 1 : 0;
      bothOk += k && i ? 1 : 0;
    }
    line("gvc: incidents with one article: %d", n);
    line("gvc: max incident killed claim == gold killed (no claim = 0): %d/%d = %.1f%%", killedOk, n, pct(killedOk, n));
    line("gvc: max incident injured claim == gold injured (no claim = 0): %d/%d = %.1f%%", injuredOk, n,
        pct(injuredOk, n));
    line("gvc: both equal: %d/%d = %.1f%%; articles with a killed claim %d, with an injured claim %d", bothOk, n,
        pct(bothOk, n), withKilledClaim, withInjuredClaim);
  }

  private static Long maxPoint(List<CasualtyClaim> claims, Category category) {
    return claims.stream()
        .filter(c -> c.scope() == Scope.INCIDENT && c.category() == category && c.subsetOf() == null)
        .map(c -> c.reading().point()).max(Long::compare).orElse(null);
  }

  private void fakesFigures(Map<String, ArticleText> articles, List<Map<String, String>> labels) {
    Map<String, List<CasualtyClaim>> claims = new HashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    for (Map<String, String> label : labels) {
      List<CasualtyClaim> found = claims.computeIfAbsent(label.get("id"), id -> extractor.extract(articles.get(id)));
      for (String column : List.of("nb_civilians", "nb_children", "nb_noncivilians")) {
        long gold = Long.parseLong(label.get(column));
        if (gold == 0) {
          continue;
        }
        int[] c = counts.computeIfAbsent(column, x -> new int[3]);
        c[0]++;
        boolean hit = found.stream().anyMatch(k -> states(k, gold));
        c[1] += hit ? 1 : 0;
        if (!hit) {
          fakesMisses.append(label.get("id")).append(' ').append(column).append('=').append(gold)
              .append(ClaimDump.all(found)).append('\n');
        }
        c[2] += found.stream().anyMatch(k -> states(k, gold) && k.category() == Category.KILLED
            && groupFits(column, k.victims())) ? 1 : 0;
      }
    }
    for (String column : List.of("nb_civilians", "nb_children", "nb_noncivilians")) {
      int[] c = counts.get(column);
      line("fakes-syria: %s: gold figure stated by one of the article's claims %d/%d = %.1f%%; as killed claim of a "
          + "fitting victim group %d/%d = %.1f%%", column, c[1], c[0], pct(c[1], c[0]), c[2], c[0], pct(c[2], c[0]));
    }
    line("fakes-syria: claims per article: %.2f",
        claims.values().stream().mapToInt(List::size).average().orElse(0));
  }

  private static boolean states(CasualtyClaim claim, long figure) {
    NumberReading r = claim.reading();
    return StatedFigure.stated(figure, r.qualifier().label(), r.low(), r.high(), r.point());
  }

  /** Civilians counts may be read as civilians or unqualified people; non-civilians as fighters, soldiers, police. */
  private static boolean groupFits(String column, String victims) {
    return switch (column) {
      case "nb_civilians" -> victims == null || Set.of("civilians", "people", "women", "children", "men")
          .contains(victims);
      case "nb_children" -> "children".equals(victims);
      default -> victims == null || Set.of("fighters", "soldiers", "police", "people").contains(victims);
    };
  }

  private void throughput(String name, List<ArticleText> articles) {
    long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    int claims = 0;
    for (int warm = 0; warm < 3; warm++) {
      claims = articles.stream().mapToInt(a -> extractor.extract(a).size()).sum();
    }
    int rounds = 5;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (ArticleText a : articles) {
        extractor.extract(a);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    line("throughput %s: %.2f MB x %d rounds on one thread: wall %.2f s = %.2f MB/s; thread CPU %.2f s = %.2f MB/s"
        + " (%d claims per pass)", name, bytes / 1e6, rounds, seconds, bytes * rounds / 1e6 / seconds, cpuSeconds,
        bytes * rounds / 1e6 / cpuSeconds, claims);
  }

  private void line(String format, Object... args) {
    report.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  private static Map<String, ArticleText> articles(Path jsonl) throws IOException {
    Map<String, ArticleText> out = new HashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode node = JSON.readTree(line);
      JsonNode published = node.get("published");
      LocalDate date = published == null || published.isNull() ? null : LocalDate.parse(published.asText());
      out.put(node.get("id").asText(), new ArticleText(node.get("id").asText(), node.get("text").asText(), date));
    }
    return out;
  }

  /** Each article as the pipeline's ingest admits it; a quarantined one keeps its raw text. */
  private static Map<String, ArticleText> screened(Path jsonl) throws IOException {
    ArticleScreen screen = new ArticleScreen(IntakeLimits.defaults());
    Map<String, ArticleText> out = new HashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode node = JSON.readTree(line);
      String id = node.get("id").asText();
      String text = node.get("text").asText();
      Admission admission = screen.admit(new RawRecord(jsonl.toString(), 0, id, null, null,
          node.path("published").asText(null), node.path("title").asText(null), text, null));
      LocalDate date = admission.accepted() ? admission.article().published() : null;
      out.put(id, new ArticleText(id, admission.accepted() ? admission.article().text() : text, date));
    }
    return out;
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    return CsvTable.read(file).rows();
  }
}
