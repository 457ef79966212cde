package org.tollrecon.report;

import java.util.Arrays;
import java.util.List;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.ingest.Article;
import org.tollrecon.ingest.QuarantineRecord;
import org.tollrecon.reconcile.Discrepancy;
import org.tollrecon.reconcile.Figure;
import org.tollrecon.reconcile.ReportPoint;
import org.tollrecon.reconcile.SourceProfile;

/**
 * Domain values as rows of the contract tables: each method gives the values in the column order of its
 * {@link ContractTable}, as Java values ({@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate}, lists of strings, or null for unknown).
 */
public final class ContractRows {
  private ContractRows() {}

  /** A {@link ContractTable#CLAIMS} row. */
  public static List<Object> claim(AlignedClaim aligned) {
    CasualtyClaim c = aligned.claim();
    return Arrays.asList(
        c.claimId(), c.articleId(), aligned.source(), aligned.published(), aligned.storyId(),
        aligned.incidentId(), c.scope().label(), c.category().label(), c.unit(), c.victims(),
        c.victimsText(), c.side(), c.reading().text(), c.reading().low(), c.reading().high(),
        c.reading().point(), c.reading().qualifier().label(), c.subsetOf(), c.attributedTo(),
        c.eventDate(), c.dateText(), c.location(), c.country(), c.locationText(), c.eventType(),
        c.sentence(), (long) c.charStart(), (long) c.charEnd());
  }

  /** How {@code reports} names the outlet's own voice (empty attributed_to), e.g. {@code (own)@Dawn=24}. */
  public static final String OWN_VOICE = "(own)";

  /**
   * A {@link ContractTable#FIGURES} row; reports as {@code attributed_to@source=point}, with the outlet's own
   * voice written {@value #OWN_VOICE} so that no cell starts with a spreadsheet formula character.
   */
  public static List<Object> figure(Figure f) {
    List<String> reports = f.reports().stream().map(ContractRows::reportLabel).toList();
    return Arrays.asList(
        f.incidentId(), f.category().label(), f.low(), f.best(), f.high(), f.consensusLow(),
        f.consensusHigh(), (long) f.nClaims(), (long) f.nReports(), reports, f.unit());
  }

  static String reportLabel(ReportPoint r) {
    String who = r.attributedTo().isEmpty() ? OWN_VOICE : r.attributedTo();
    return who + "@" + (r.source() == null ? "" : r.source()) + "=" + r.point();
  }

  /** A {@link ContractTable#DISCREPANCIES} row; each side named by its first claim. */
  public static List<Object> discrepancy(Discrepancy d) {
    return Arrays.asList(
        d.incidentId(), d.category().label(), d.kind().label(), d.severity().label(), d.ratio(),
        d.a().claimIds().get(0), d.a().attributedTo(), d.a().source(), d.a().point(),
        d.b().claimIds().get(0), d.b().attributedTo(), d.b().source(), d.b().point(), d.unit());
  }

  /** A {@link ContractTable#SOURCES} row. */
  public static List<Object> source(SourceProfile p) {
    return Arrays.asList(p.name(), p.role(), p.nClaims(), p.nIncidents(), p.medianRatio(), p.nHigh(), p.nLow());
  }

  /** An {@link ContractTable#ARTICLES} row for a processed article. */
  public static List<Object> article(Article a, String storyId, long nClaims) {
    return Arrays.asList(
        a.id(), a.source(), a.published(), a.publishedInferred(), storyId, nClaims, "processed",
        a.sourceInferred(), a.url(), a.title());
  }

  /** An {@link ContractTable#ARTICLES} row for a record that was quarantined but had an id. */
  public static List<Object> quarantinedArticle(QuarantineRecord q) {
    return Arrays.asList(q.articleId(), null, null, false, null, 0L, "quarantined", false, null, null);
  }

  /** A {@link ContractTable#QUARANTINE} row. */
  public static List<Object> quarantine(QuarantineRecord q) {
    return Arrays.asList(q.input(), q.line(), q.articleId(), q.reason(), q.excerpt());
  }
}
