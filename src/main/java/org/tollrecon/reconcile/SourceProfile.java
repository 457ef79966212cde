package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * One row of {@code sources.csv} (DESIGN.md section 5): a cited source or an outlet across all incidents.
 * {@code medianRatio} is the median of its points over the incident's best (over figures whose best is
 * positive; null when there is none); {@code nHigh}/{@code nLow} count the figures where it gave the
 * highest or lowest figure. Built by {@link #summarise} from that source's {@link SourceObservation}s.
 */
public record SourceProfile(
    String name, String role, long nClaims, long nIncidents, Double medianRatio, long nHigh, long nLow)
    implements Serializable {

  public SourceProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("source profile without a name");
    }
    if (nClaims < 0 || nIncidents < 0 || nHigh < 0 || nLow < 0) {
      throw new IllegalArgumentException("negative count in source profile of " + name);
    }
  }

  /** Summarises the observations of one (name, role); an observation of another source is an error. */
  public static SourceProfile summarise(String name, String role, Iterable<SourceObservation> observations) {
    long nClaims = 0;
    long nHigh = 0;
    long nLow = 0;
    Set<String> incidents = new HashSet<>();
    List<Double> ratios = new ArrayList<>();
    for (SourceObservation o : observations) {
      if (!o.name().equals(name) || !o.role().equals(role)) {
        throw new IllegalArgumentException(
            "observation of " + o.name() + "/" + o.role() + " given to the profile of " + name + "/" + role);
      }
      nClaims += o.nClaims();
      nHigh += o.isHigh() ? 1 : 0;
      nLow += o.isLow() ? 1 : 0;
      incidents.add(o.incidentId());
      if (o.best() > 0) {
        ratios.add((double) o.point() / o.best());
      }
    }
    return new SourceProfile(name, role, nClaims, incidents.size(), median(ratios), nHigh, nLow);
  }

  private static Double median(List<Double> values) {
    return values.isEmpty()
        ? null
        : new Median().evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
