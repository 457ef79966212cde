package org.tollrecon.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a run's {@code claims.csv} and {@code incidents.csv} against the FA-KES {@code labels.csv}. Gold
 * columns map to victim groups: {@code nb_civilians} to civilians, people, men, women, children and
 * teenagers (FA-KES counts women and children among civilians), {@code nb_children} to children,
 * {@code nb_women} to women, {@code nb_noncivilians} to fighters, soldiers and police. Zeros are skipped.
 */
public final class FakesScorer {
  static final Map<String, Set<String>> FITTING = Map.of(
      "nb_civilians", Set.of("civilians", "people", "men", "women", "children", "teenagers"),
      "nb_children", Set.of("children"),
      "nb_women", Set.of("women"),
      "nb_noncivilians", Set.of("fighters", "soldiers", "police"));
  private static final List<String> COLUMNS = List.of("nb_civilians", "nb_children", "nb_women", "nb_noncivilians");

  private FakesScorer() {}

  public static FakesScore score(Path runDir, Path labels) throws IOException {
    CsvTable gold = CsvTable.read(labels);
    if (!gold.hasColumns("id", "nb_civilians", "nb_noncivilians")) {
      throw new IllegalArgumentException(labels + " is not a FA-KES labels.csv");
    }
    CsvTable claims = CsvTable.read(runDir.resolve("claims.csv"));
    Map<String, List<Map<String, String>>> killedByArticle = new HashMap<>();
    for (Map<String, String> c : claims.rows()) {
      if ("killed".equals(c.get("category"))) {
        killedByArticle.computeIfAbsent(c.get("article_id"), a -> new ArrayList<>()).add(c);
      }
    }
    List<FakesScore.ColumnRecall> columns = new ArrayList<>();
    for (String column : COLUMNS) {
      columns.add(recall(column, gold, killedByArticle));
    }
    int[] main = mainIncident(gold, claims, runDir);
    return new FakesScore(columns, main[0], main[1]);
  }

  private static FakesScore.ColumnRecall recall(
      String column, CsvTable gold, Map<String, List<Map<String, String>>> killedByArticle) {
    int n = 0, fitting = 0, any = 0, anyPoint = 0;
    for (Map<String, String> row : gold.rows()) {
      long figure = Long.parseLong(row.get(column));
      if (figure <= 0) {
        continue;
      }
      n++;
      List<Map<String, String>> killed = killedByArticle.getOrDefault(row.get("id"), List.of());
      anyPoint += killed.stream().anyMatch(c -> Long.parseLong(c.get("point")) == figure) ? 1 : 0;
      any += killed.stream().anyMatch(c -> states(c, figure)) ? 1 : 0;
      fitting += killed.stream().anyMatch(c -> states(c, figure) && FITTING.get(column).contains(c.get("victims")))
          ? 1 : 0;
    }
    return new FakesScore.ColumnRecall(column, n, fitting, any, anyPoint);
  }

  private static boolean states(Map<String, String> claim, long figure) {
    String high = claim.get("high");
    return StatedFigure.stated(figure, claim.get("qualifier"), Long.parseLong(claim.get("low")),
        high == null || high.isEmpty() ? null : Long.valueOf(high), Long.parseLong(claim.get("point")));
  }

  /** {articles with one label row, of which the main incident's killed_best equals the labelled total}. */
  private static int[] mainIncident(CsvTable gold, CsvTable claims, Path runDir) throws IOException {
    Map<String, Integer> rowsPerArticle = new HashMap<>();
    gold.rows().forEach(r -> rowsPerArticle.merge(r.get("id"), 1, Integer::sum));
    Map<String, String> incidentOf = GvcScorer.incidentOfArticle(claims);
    Map<String, String> killedBest = new HashMap<>();
    for (Map<String, String> row : CsvTable.read(runDir.resolve("incidents.csv")).rows()) {
      killedBest.put(row.get("incident_id"), row.get("killed_best"));
    }
    int articles = 0, exact = 0;
    for (Map<String, String> row : gold.rows()) {
      if (rowsPerArticle.get(row.get("id")) != 1) {
        continue;
      }
      articles++;
      long total = Long.parseLong(row.get("nb_civilians")) + Long.parseLong(row.get("nb_noncivilians"));
      String best = killedBest.get(incidentOf.get(row.get("id")));
      exact += (best == null || best.isEmpty() ? 0 : Long.parseLong(best)) == total ? 1 : 0;
    }
    return new int[] {articles, exact};
  }
}
