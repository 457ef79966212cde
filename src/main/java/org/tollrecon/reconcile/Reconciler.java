package org.tollrecon.reconcile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.Scope;

/**
 * Reconciles the claims of one incident into figures and discrepancies (DESIGN.md section 4). Takes the
 * incident's aligned claims; gives one {@link Figure} per category and unit that has a claim (figures of
 * different units are never mixed), in category then unit order, and the {@link Discrepancy discrepancies}
 * between their reports. Aggregate-scope claims are ignored. Stateless and serialisable, so a Spark job
 * can call it per incident group.
 *
 * <p>The rule for a report's total, per category and unit:
 *
 * <ol>
 *   <li>A report is one (story, attributed source) pair, the outlet's own voice being the empty source.
 *       Copies of a story are one report, read from one article only (the copy with most claims, then
 *       the latest published, then the smallest article id): copies are never added together.
 *   <li>Within that article a figure may be repeated (headline, lede, caption), so figures are summed
 *       only within one sentence, where they name disjoint victim groups ("at least 13 government forces
 *       were killed and seven Asayesh fighters" → at least 20). An "including" subset is never summed.
 *   <li>Across sentences the most informative total is taken: a numeric one over a vague one, then the
 *       earliest in the article (the headline and lede state the toll; later sentences go into parts of
 *       it, other shootings and yearly tallies).
 *   <li>A report is vague when the reading chosen is VAGUE.
 *   <li>An injured report (in people) whose article tells no death, in an incident with deaths, may count
 *       everyone hit before some of them died: see {@link HitSurvivors}.
 * </ol>
 *
 * Summing intervals and qualifiers: see {@link IntervalSum}; low, best, high and consensus: see {@link
 * FigureEstimate}; kinds and severities: see {@link DiscrepancyFinder}.
 */
public final class Reconciler implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A figure's identity within an incident: figures of different units are never reconciled together. */
  private record FigureKey(Category category, String unit) {}

  private static final Comparator<FigureKey> FIGURE_ORDER =
      Comparator.comparing(FigureKey::category).thenComparing(FigureKey::unit);

  public IncidentFigures reconcile(String incidentId, List<AlignedClaim> claims) {
    Objects.requireNonNull(incidentId, "incidentId");
    Map<FigureKey, List<AlignedClaim>> byFigure =
        claims.stream()
            .filter(c -> c.claim().scope() != Scope.AGGREGATE)
            .collect(Collectors.groupingBy(
                c -> new FigureKey(c.claim().category(), c.claim().unit()),
                () -> new TreeMap<>(FIGURE_ORDER),
                Collectors.toList()));
    List<AlignedClaim> counted = byFigure.values().stream().flatMap(List::stream).toList();
    List<Figure> figures = new ArrayList<>();
    List<Discrepancy> discrepancies = new ArrayList<>();
    long dead = 0; // killed in people: FIGURE_ORDER reconciles it before the injured
    for (Map.Entry<FigureKey, List<AlignedClaim>> e : byFigure.entrySet()) {
      FigureKey key = e.getKey();
      List<ReportPoint> reports = IndependentReports.of(e.getValue());
      boolean people = "people".equals(key.unit());
      if (people && key.category() == Category.INJURED) {
        reports = HitSurvivors.of(reports, dead, counted);
      }
      Figure figure = FigureEstimate.of(incidentId, key.category(), key.unit(), e.getValue().size(), reports);
      if (people && key.category() == Category.KILLED) {
        dead = figure.best();
      }
      figures.add(figure);
      discrepancies.addAll(DiscrepancyFinder.in(figure));
    }
    return new IncidentFigures(incidentId, figures, discrepancies);
  }
}
