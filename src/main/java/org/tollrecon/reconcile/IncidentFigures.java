package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tollrecon.extract.Category;

/**
 * Everything reconciliation says of one incident: its figures per category and unit, and the
 * discrepancies between their reports. {@link #discrepancyLevel()} gives the {@code discrepancy} column of
 * {@code incidents.csv}.
 */
public record IncidentFigures(String incidentId, List<Figure> figures, List<Discrepancy> discrepancies)
    implements Serializable {

  public IncidentFigures {
    Objects.requireNonNull(incidentId, "incidentId");
    figures = List.copyOf(figures);
    discrepancies = List.copyOf(discrepancies);
  }

  /** How well an incident's figures are sourced, for the {@code grade} column of {@code incidents.csv}. */
  public enum Grade {
    /** One independent report. */
    SINGLE_SOURCE,
    /** Two or more independent reports, none in conflict. */
    CORROBORATED,
    /** A conflict or a "no casualties" against a toll among its reports. */
    CONTESTED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The figure of {@code category} counted in people (not families or households), if any claim gave one. */
  public Optional<Figure> inPeople(Category category) {
    return figures.stream().filter(f -> f.category() == category && "people".equals(f.unit())).findFirst();
  }

  /** The number of independent reports, (story, attributed source) pairs, across all figures. */
  public long independentReports() {
    return figures.stream().flatMap(f -> f.reports().stream())
        .map(r -> r.storyId() + "\u001f" + r.attributedTo()).distinct().count();
  }

  /** Contested when reports conflict; else single source or corroborated by the number of reports. */
  public Grade grade() {
    if (discrepancyLevel() != Discrepancy.Severity.NONE) {
      return Grade.CONTESTED;
    }
    return independentReports() <= 1 ? Grade.SINGLE_SOURCE : Grade.CORROBORATED;
  }

  /**
   * The worst severity among the conflicts and zero-against-positive pairs; {@code NONE} when there are
   * none. Revisions alone do not make an incident contested: a toll rising over days is expected.
   */
  public Discrepancy.Severity discrepancyLevel() {
    return discrepancies.stream()
        .filter(Discrepancy::contested)
        .map(Discrepancy::severity)
        .reduce(Discrepancy.Severity.NONE, Discrepancy.Severity::worse);
  }
}
