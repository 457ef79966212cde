package org.tollrecon.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against gold clusters (Bagga and Baldwin), averaged over
 * items: for each item, the share of its predicted cluster that shares its gold cluster (precision) and
 * the share of its gold cluster that shares its predicted cluster (recall). Both maps cover the same items.
 */
record Bcubed(double precision, double recall) {

  static Bcubed of(Map<String, String> goldOf, Map<String, String> predictedOf) {
    if (goldOf.isEmpty()) {
      return new Bcubed(0, 0);
    }
    Map<String, Integer> goldSize = sizes(goldOf);
    Map<String, Integer> predictedSize = sizes(predictedOf);
    Map<String, Integer> overlap = new HashMap<>();
    goldOf.forEach((item, g) -> overlap.merge(g + "\u001f" + predictedOf.get(item), 1, Integer::sum));
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : goldOf.entrySet()) {
      String predicted = predictedOf.get(e.getKey());
      int both = overlap.get(e.getValue() + "\u001f" + predicted);
      p += (double) both / predictedSize.get(predicted);
      r += (double) both / goldSize.get(e.getValue());
    }
    return new Bcubed(p / goldOf.size(), r / goldOf.size());
  }

  private static Map<String, Integer> sizes(Map<String, String> clusterOf) {
    Map<String, Integer> sizes = new HashMap<>();
    clusterOf.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    return sizes;
  }
}
