package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one report says of one source in one figure, for {@code sources.csv} (DESIGN.md section 5): the
 * source's point against the figure's best, and whether it is the figure's high or low. {@code role} is
 * {@code cited} for a source an article attributes the figure to, {@code outlet} for the outlet that
 * published it; {@code category} is the category's label. Group these by (name, role) and give each group
 * to {@link SourceProfile#summarise}.
 */
public record SourceObservation(
    String name,
    String role,
    String incidentId,
    String category,
    int nClaims,
    long point,
    long best,
    boolean isHigh,
    boolean isLow)
    implements Serializable {

  public static final String CITED = "cited";
  public static final String OUTLET = "outlet";

  public SourceObservation {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("source observation without a name in incident " + incidentId);
    }
    if (!Set.of(CITED, OUTLET).contains(role)) {
      throw new IllegalArgumentException("source role must be cited or outlet, got " + role);
    }
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(category, "category");
    if (nClaims < 0 || point < 0 || best < 0) {
      throw new IllegalArgumentException("negative count in source observation of " + name);
    }
  }

  /**
   * One observation per report for its cited source (when it has one) and one for its outlet (when
   * known). A report is high or low only among the reports that count for the figure's range (those
   * giving a number; vague ones only when none does) and only when they give at least two distinct
   * points: with one figure nobody is high or low. {@code nClaims} is the number of claims making up the
   * report's total.
   */
  public static List<SourceObservation> from(Figure figure) {
    List<ReportPoint> counted = FigureEstimate.countedForRange(figure.reports());
    long max = counted.stream().mapToLong(ReportPoint::point).max().orElse(0);
    long min = counted.stream().mapToLong(ReportPoint::point).min().orElse(0);
    boolean spread = max > min;
    List<SourceObservation> observations = new ArrayList<>();
    for (ReportPoint r : figure.reports()) {
      boolean ranks = spread && counted.contains(r);
      boolean high = ranks && r.point() == max;
      boolean low = ranks && r.point() == min;
      if (!r.outletVoice()) {
        observations.add(observation(figure, r, r.attributedTo(), CITED, high, low));
      }
      if (r.source() != null && !r.source().isBlank()) {
        observations.add(observation(figure, r, r.source(), OUTLET, high, low));
      }
    }
    return observations;
  }

  private static SourceObservation observation(
      Figure figure, ReportPoint r, String name, String role, boolean high, boolean low) {
    return new SourceObservation(
        name, role, figure.incidentId(), figure.category().label(), r.claimIds().size(), r.point(),
        figure.best(), high, low);
  }
}
