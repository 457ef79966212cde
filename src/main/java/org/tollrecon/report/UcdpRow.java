package org.tollrecon.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.reconcile.Figure;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.reconcile.ReportPoint;

/**
 * One row of {@code ucdp.csv}: an incident in the shape of a UCDP GED event, so researchers can set
 * TollRecon's figures beside GED's. {@code best}, {@code low}, {@code high} are the incident's killed
 * figure (people). The split into {@code deaths_a} (government side: the side named "government", or
 * soldiers and police), {@code deaths_b} (the other side named, or fighters), {@code deaths_civilians}
 * (civilians, children, women) and {@code deaths_unknown} comes from the claims of the report whose point
 * is the best estimate (the nearest to it, then the one with most claims), "including" subsets left out.
 * When that report's point is not the best estimate, or its parts do not add up to it, what is not
 * accounted for goes to {@code deaths_unknown}, so the four always sum to {@code best}.
 */
public record UcdpRow(
    String incidentId,
    LocalDate dateStart,
    LocalDate dateEnd,
    String country,
    String whereDescription,
    String eventType,
    Long best,
    Long low,
    Long high,
    Long deathsA,
    Long deathsB,
    Long deathsCivilians,
    Long deathsUnknown,
    String sideA,
    String sideB)
    implements Serializable {

  private static final Set<String> CIVILIANS = Set.of("civilians", "children", "women");
  private static final Set<String> STATE_FORCES = Set.of("soldiers", "police");

  public UcdpRow {
    Objects.requireNonNull(incidentId, "incidentId");
  }

  public static UcdpRow of(IncidentRow row, List<AlignedClaim> claims, IncidentFigures figures) {
    Optional<Figure> killed = figures.inPeople(Category.KILLED);
    if (killed.isEmpty()) {
      return new UcdpRow(row.incidentId(), row.dateLow(), row.dateHigh(), row.country(), row.location(),
          row.eventType(), null, null, null, null, null, null, null, null, null);
    }
    Figure f = killed.get();
    Map<String, CasualtyClaim> byId = new HashMap<>();
    claims.forEach(a -> byId.put(a.claim().claimId(), a.claim()));
    ReportPoint chosen = f.reports().stream()
        .min(Comparator.<ReportPoint>comparingLong(r -> Math.abs(r.point() - f.best()))
            .thenComparing(r -> -r.claimIds().size()))
        .orElseThrow();
    long[] parts = new long[4];
    String[] sides = new String[2];
    if (chosen.point() == f.best()) {
      for (String id : chosen.claimIds()) {
        CasualtyClaim c = byId.get(id);
        if (c != null && c.subsetOf() == null) {
          parts[bucket(c, sides)] += c.reading().point();
        }
      }
    }
    long accounted = parts[0] + parts[1] + parts[2] + parts[3];
    if (accounted != f.best()) {
      Arrays.fill(parts, 0);
      parts[3] = f.best();
    }
    return new UcdpRow(row.incidentId(), row.dateLow(), row.dateHigh(), row.country(), row.location(),
        row.eventType(), f.best(), f.low(), f.high(), parts[0], parts[1], parts[2], parts[3], sides[0], sides[1]);
  }

  /** 0 government side, 1 the other side, 2 civilians, 3 unknown; names the sides it sees. */
  private static int bucket(CasualtyClaim c, String[] sides) {
    String side = c.side();
    String victims = c.victims() == null ? "" : c.victims();
    if (CIVILIANS.contains(victims)) {
      return 2;
    }
    if ("government".equals(side) || (side == null && STATE_FORCES.contains(victims))) {
      sides[0] = "government";
      return 0;
    }
    if (side != null || "fighters".equals(victims)) {
      sides[1] = side != null ? side : sides[1];
      return 1;
    }
    return 3;
  }

  /** The row's values in {@link ContractTable#UCDP} column order. */
  public List<Object> cells() {
    return Arrays.asList(incidentId, dateStart, dateEnd, country, whereDescription, eventType, best, low, high,
        deathsA, deathsB, deathsCivilians, deathsUnknown, sideA, sideB);
  }
}
