package org.tollrecon.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.reconcile.ReportPoint;

/** Builds the incidents, reports and run manifests of the report tests in one line each. */
final class ReportIncidents {
  private ReportIncidents() {}

  /** A report of {@code point} killed by {@code attributedTo} (empty: the outlet's own voice) in {@code source}. */
  static ReportPoint report(String attributedTo, String source, long point) {
    return new ReportPoint("story-" + attributedTo + source + point, attributedTo, source, LocalDate.of(2020, 1, 2),
        NumberReading.exact(Long.toString(point), point), false, List.of("c-" + point));
  }

  /** An incident in {@code place} with a killed range and the reports behind it. */
  static ReportedIncident incident(String id, String place, long low, long best, long high, ReportPoint... reports) {
    IncidentRow row = new IncidentRow(id, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
        LocalDate.of(2020, 1, 2), place, "SY", "airstrike", "Airstrike in " + place + ": killed " + best,
        reports.length, reports.length, reports.length,
        List.of(reports).stream().map(r -> r.attributedTo().isEmpty() ? r.source() : r.attributedTo()).toList(),
        List.of("a-" + id), low, best, high, null, null, null, "none", "single_source");
    return new ReportedIncident(row, List.of(reports));
  }

  /** An incident in {@code place} that has an injured figure but no killed one. */
  static ReportedIncident withoutKilled(String id, String place) {
    IncidentRow row = new IncidentRow(id, null, null, null, place, null, null, "Incident in " + place, 1, 1, 1,
        List.of("AP"), List.of("a-" + id), null, null, null, 4L, 4L, 4L, "none", "single_source");
    return new ReportedIncident(row, List.of());
  }

  /** {@code n} incidents with tolls n, n-1, ..., 1, each with one report of its own outlet. */
  static List<ReportedIncident> descending(int n) {
    List<ReportedIncident> incidents = new ArrayList<>();
    for (int i = n; i >= 1; i--) {
      incidents.add(incident("inc-" + i, "Town " + i, i, i, i, report("", "Outlet " + i, i)));
    }
    return incidents;
  }

  static RunManifest manifest() {
    return new RunManifest("0.1.0", List.of("run", "--input", "sample-data/"), "local[2]", "4.1.0", Map.of(),
        Map.of("articles_read", 5L), Map.of("ingest", 1.0), "2020-01-01T00:00:00Z", "2020-01-01T00:01:00Z", "out");
  }
}
