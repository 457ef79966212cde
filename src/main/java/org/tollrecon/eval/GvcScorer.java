package org.tollrecon.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a run's {@code incidents.csv} and {@code claims.csv} against the GVC gold {@code incidents.csv}.
 * Each gold incident is matched to the predicted incident holding most of its articles' incident claims (ties:
 * the smaller incident id); a gold incident none of whose articles has an incident claim is predicted as
 * 0 killed, 0 injured, the tool having found no toll. Articles attached to an incident without claims do not
 * vote: they carry no figure, so they should not choose which figures a gold incident is scored on. Each
 * article's own incident, for grouping, is the one holding most of its claims; for an article without incident
 * claims, the incident whose {@code article_ids} list it (the run attached it), as the benchmark README allows;
 * else it is alone.
 */
public final class GvcScorer {
  private GvcScorer() {}

  public static GvcScore score(Path runDir, Path goldIncidents) throws IOException {
    CsvTable gold = CsvTable.read(goldIncidents);
    if (!gold.hasColumns("incident_id", "killed", "injured", "article_ids")) {
      throw new IllegalArgumentException(goldIncidents + " is not a GVC incidents.csv");
    }
    Map<String, Map<String, String>> predicted = new HashMap<>();
    CsvTable incidents = CsvTable.read(runDir.resolve("incidents.csv"));
    for (Map<String, String> row : incidents.rows()) {
      predicted.put(row.get("incident_id"), row);
    }
    Map<String, String> incidentOfArticle = incidentOfArticle(CsvTable.read(runDir.resolve("claims.csv")));
    Map<String, String> groupOfArticle = new HashMap<>(listedIncidentOfArticle(incidents));
    groupOfArticle.putAll(incidentOfArticle);
    int k = 0, i = 0, both = 0, kIn = 0, iIn = 0, baseline = 0;
    Map<String, String> goldOfArticle = new LinkedHashMap<>();
    for (Map<String, String> g : gold.rows()) {
      List<String> articles = List.of(g.get("article_ids").split(";"));
      articles.forEach(a -> goldOfArticle.putIfAbsent(a, g.get("incident_id")));
      Map<String, String> p = predicted.get(vote(articles, incidentOfArticle));
      long killed = Long.parseLong(g.get("killed"));
      long injured = Long.parseLong(g.get("injured"));
      boolean killedOk = killed == number(p, "killed_best");
      boolean injuredOk = injured == number(p, "injured_best");
      k += killedOk ? 1 : 0;
      i += injuredOk ? 1 : 0;
      both += killedOk && injuredOk ? 1 : 0;
      kIn += within(killed, p, "killed") ? 1 : 0;
      iIn += within(injured, p, "injured") ? 1 : 0;
      baseline += killed == 0 && injured == 1 ? 1 : 0;
    }
    double n = gold.rows().size();
    Bcubed grouping = Bcubed.of(goldOfArticle, predictedGroups(goldOfArticle.keySet(), groupOfArticle));
    return new GvcScore(gold.rows().size(), k / n, i / n, both / n, kIn / n, iIn / n, baseline / n,
        grouping.precision(), grouping.recall());
  }

  /** Each article's incident: the one holding most of its incident claims (ties: smaller id). */
  static Map<String, String> incidentOfArticle(CsvTable claims) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Map<String, String> c : claims.rows()) {
      String incident = c.get("incident_id");
      if (incident != null && !incident.isEmpty()) {
        counts.computeIfAbsent(c.get("article_id"), a -> new HashMap<>()).merge(incident, 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    counts.forEach((article, byIncident) -> out.put(article, mostCommon(byIncident)));
    return out;
  }

  /**
   * Each article's incident by the {@code article_ids} of {@code incidents.csv} (ties: the smaller id): the
   * incident of an article without claims that the run attached to it.
   */
  static Map<String, String> listedIncidentOfArticle(CsvTable incidents) {
    Map<String, String> out = new HashMap<>();
    for (Map<String, String> row : incidents.rows()) {
      String listed = row.get("article_ids");
      if (listed == null || listed.isEmpty()) {
        continue;
      }
      for (String a : listed.split(";")) {
        out.merge(a, row.get("incident_id"), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    return out;
  }

  private static String vote(List<String> articles, Map<String, String> incidentOfArticle) {
    Map<String, Integer> votes = new HashMap<>();
    for (String a : articles) {
      String incident = incidentOfArticle.get(a);
      if (incident != null) {
        votes.merge(incident, 1, Integer::sum);
      }
    }
    return votes.isEmpty() ? null : mostCommon(votes);
  }

  private static String mostCommon(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /** Articles without an incident claim each form a group of their own. */
  private static Map<String, String> predictedGroups(Set<String> articles, Map<String, String> incidentOfArticle) {
    Map<String, String> out = new HashMap<>();
    articles.forEach(a -> out.put(a, incidentOfArticle.getOrDefault(a, "alone:" + a)));
    return out;
  }

  private static long number(Map<String, String> row, String column) {
    String v = row == null ? null : row.get(column);
    return v == null || v.isEmpty() ? 0 : Long.parseLong(v);
  }

  private static boolean within(long gold, Map<String, String> row, String category) {
    long low = number(row, category + "_low");
    String high = row == null ? null : row.get(category + "_high");
    long hi = high == null || high.isEmpty() ? low : Long.parseLong(high);
    return low <= gold && gold <= hi;
  }
}
