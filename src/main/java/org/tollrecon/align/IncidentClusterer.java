package org.tollrecon.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups linked incidents without chaining: average-linkage agglomeration over the pair scores of one
 * candidate component. Two groups merge only while the average score over all their cross pairs (a pair
 * never scored counts as 0, a vetoed pair as a veto of the merge) reaches {@link IncidentLinker#LINK}, so
 * A–B and B–C links do not put an unrelated C with A. Each final group is named by its smallest member id,
 * which keeps ids stable when unrelated incidents are added.
 */
public final class IncidentClusterer {
  private IncidentClusterer() {}

  /** A scored pair of incident ids. */
  public record ScoredPair(String a, String b, double score) {}

  /** Maps every id of {@code ids} to the id of its group. */
  public static Map<String, String> cluster(Collection<String> ids, List<ScoredPair> pairs) {
    Map<String, Map<String, Double>> score = new HashMap<>();
    for (ScoredPair p : pairs) {
      score.computeIfAbsent(p.a(), k -> new HashMap<>()).put(p.b(), p.score());
      score.computeIfAbsent(p.b(), k -> new HashMap<>()).put(p.a(), p.score());
    }
    List<TreeSet<String>> groups = new ArrayList<>();
    new TreeSet<>(ids).forEach(id -> groups.add(new TreeSet<>(List.of(id))));
    while (mergeBest(groups, score)) {
      // merge the best pair of groups until no pair reaches the link score
    }
    Map<String, String> out = new HashMap<>();
    for (TreeSet<String> g : groups) {
      g.forEach(id -> out.put(id, g.first()));
    }
    return out;
  }

  private static boolean mergeBest(List<TreeSet<String>> groups, Map<String, Map<String, Double>> score) {
    int bestI = -1;
    int bestJ = -1;
    double best = IncidentLinker.LINK;
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        double s = averageLink(groups.get(i), groups.get(j), score);
        if (s >= best && (bestI < 0 || s > best)) {
          best = s;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0) {
      return false;
    }
    groups.get(bestI).addAll(groups.remove(bestJ));
    return true;
  }

  private static double averageLink(TreeSet<String> a, TreeSet<String> b, Map<String, Map<String, Double>> score) {
    double sum = 0;
    for (String x : a) {
      Map<String, Double> row = score.getOrDefault(x, Map.of());
      for (String y : b) {
        double s = row.getOrDefault(y, 0.0);
        if (s == Double.NEGATIVE_INFINITY) {
          return s;
        }
        sum += s;
      }
    }
    return sum / (a.size() * b.size());
  }
}
