package org.tollrecon.reconcile;

import static org.assertj.core.api.Assertions.fail;
import static org.tollrecon.reconcile.ClaimBuilder.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;
import org.tollrecon.extract.Scope;

/**
 * Reconciles thousands of random claim sets (seeded, so a failure names a reproducible case) and checks
 * what must hold for any input: low <= best <= high, a consensus that is the reports' intersection and
 * contains best, one discrepancy per non-intersecting pair, claims all counted, results independent of
 * input order, and a further copy of an article changing nothing. A failing case is shrunk to the smallest
 * claim set that still fails before it is reported.
 */
class ReconcilerPropertyTest {

  private static final long SEED = 20201026L;
  private static final int CASES = 2000;
  private static final String[] OUTLETS = {"Associated Press", "Dawn", "Al Jazeera", "Reuters"};
  private static final String[] SOURCES = {"", "", "Syrian Observatory for Human Rights", "White Helmets",
      "local activists"};
  private static final Category[] CATEGORIES = {Category.KILLED, Category.KILLED, Category.INJURED};

  private final Reconciler reconciler = new Reconciler();

  @Test
  void invariantsHoldOverRandomClaimSets() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<AlignedClaim> claims = randomIncident(random, "case-" + i);
      long caseSeed = random.nextLong();
      AssertionError violation = violation(claims, caseSeed);
      if (violation != null) {
        List<AlignedClaim> smallest = shrink(claims, set -> violation(set, caseSeed) != null);
        fail("seed " + SEED + ", case " + i + ": " + violation(smallest, caseSeed).getMessage()
            + "\nsmallest failing claim set (" + smallest.size() + " of " + claims.size() + " claims): " + smallest);
      }
    }
  }

  /** The first broken invariant for this claim set, or null; {@code caseSeed} fixes the shuffles and copies. */
  private AssertionError violation(List<AlignedClaim> claims, long caseSeed) {
    Random random = new Random(caseSeed);
    try {
      IncidentFigures result = reconciler.reconcile("case", claims);
      checkFigures(result, claims);
      checkDiscrepancies(result);
      check(reconciler.reconcile("case", shuffled(claims, random)).equals(result), "order matters", claims);
      checkCopyChangesNothing(claims, result, random);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e instanceof AssertionError a ? a : new AssertionError("threw " + e, e);
    }
  }

  /**
   * Drops claims one at a time while the set still breaks an invariant, so a failure is reported as the
   * smallest claim set that shows it rather than the random one that found it.
   */
  private static List<AlignedClaim> shrink(List<AlignedClaim> failing, Predicate<List<AlignedClaim>> fails) {
    List<AlignedClaim> current = new ArrayList<>(failing);
    boolean dropped = true;
    while (dropped && current.size() > 1) {
      dropped = false;
      for (int i = 0; i < current.size(); i++) {
        List<AlignedClaim> fewer = new ArrayList<>(current);
        fewer.remove(i);
        if (fails.test(fewer)) {
          current = fewer;
          dropped = true;
          break;
        }
      }
    }
    return current;
  }

  @Test
  void aBrokenInvariantIsReportedWithItsSmallestClaimSet() {
    // A deliberately false invariant ("no figure is above 5") shows the shrinking finds one claim.
    List<AlignedClaim> claims = randomIncident(new Random(7), "shrink");
    claims.add(in("shrink-x", "Reuters", "2020-10-26", "story-x").says("shrink-x-c0", NumberReading.exact("9", 9)));
    List<AlignedClaim> current = shrink(claims, set -> reconciler.reconcile("x", set).figures()
        .stream().anyMatch(f -> f.high() > 5));
    org.assertj.core.api.Assertions.assertThat(current).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(current.get(0).claim().reading().point()).isGreaterThan(5);
  }

  private static void checkFigures(IncidentFigures result, List<AlignedClaim> claims) {
    long incidentClaims = claims.stream().filter(c -> c.claim().scope() == Scope.INCIDENT).count();
    check(result.figures().stream().mapToLong(Figure::nClaims).sum() == incidentClaims, "claims lost", claims);
    for (Figure f : result.figures()) {
      check(f.low() <= f.best() && f.best() <= f.high(), "low <= best <= high broken", f);
      List<ReportPoint> counted = FigureEstimate.countedForRange(f.reports());
      long min = counted.stream().mapToLong(ReportPoint::point).min().orElseThrow();
      long max = counted.stream().mapToLong(ReportPoint::point).max().orElseThrow();
      check(f.low() == Math.min(f.best(), min) && f.high() == Math.max(f.best(), max), "range", f);
      checkConsensus(f);
    }
  }

  /** The consensus lies in every report's interval, contains best, and is missing only on a discrepancy. */
  private static void checkConsensus(Figure f) {
    boolean allIntersect = true;
    for (ReportPoint a : f.reports()) {
      for (ReportPoint b : f.reports()) {
        allIntersect &= a.reading().intersects(b.reading());
      }
    }
    check((f.consensusLow() != null) == allIntersect, "consensus without intersection", f);
    if (f.consensusLow() == null) {
      return;
    }
    long top = f.consensusHigh() == null ? Long.MAX_VALUE : f.consensusHigh();
    check(f.consensusLow() <= f.best() && f.best() <= top, "best outside the consensus", f);
    for (ReportPoint r : f.reports()) {
      boolean containsConsensus = r.reading().low() <= f.consensusLow()
          && (r.reading().high() == null || f.consensusHigh() != null && r.reading().high() >= top);
      check(containsConsensus, "consensus outside a report", f);
    }
  }

  private static void checkDiscrepancies(IncidentFigures result) {
    Set<List<Object>> pairs = new HashSet<>();
    long disjointPairs = 0;
    for (Figure f : result.figures()) {
      for (int i = 0; i < f.reports().size(); i++) {
        for (int j = i + 1; j < f.reports().size(); j++) {
          disjointPairs += f.reports().get(i).reading().intersects(f.reports().get(j).reading()) ? 0 : 1;
        }
      }
    }
    for (Discrepancy d : result.discrepancies()) {
      check(pairs.add(List.of(d.category(), d.unit(), d.a(), d.b())), "duplicate pair", d);
      check(!d.a().reading().intersects(d.b().reading()) && d.a().point() < d.b().point(), "not a discrepancy", d);
      Discrepancy.Severity expected = d.kind() == Discrepancy.Kind.ZERO_VS_POSITIVE
          ? Discrepancy.Severity.MAJOR : Discrepancy.Severity.ofRatio(d.ratio());
      check(d.severity() == expected, "severity", d);
      check((d.kind() == Discrepancy.Kind.ZERO_VS_POSITIVE) == (d.a().point() == 0), "zero kind", d);
    }
    check(result.discrepancies().size() == disjointPairs, "a disjoint pair without discrepancy", result);
  }

  /** A copy of an article that loses every tie to its original (same claims, larger id) changes no figure. */
  private void checkCopyChangesNothing(List<AlignedClaim> claims, IncidentFigures result, Random random) {
    String original = claims.get(random.nextInt(claims.size())).claim().articleId();
    List<AlignedClaim> withCopy = new ArrayList<>(claims);
    for (AlignedClaim c : claims) {
      if (c.claim().articleId().equals(original)) {
        withCopy.add(copyOf(c));
      }
    }
    IncidentFigures again = reconciler.reconcile(result.incidentId(), withCopy);
    check(again.discrepancies().equals(result.discrepancies()), "a copy changed discrepancies", withCopy);
    check(again.figures().stream().map(ReconcilerPropertyTest::withoutClaimCount).toList()
        .equals(result.figures().stream().map(ReconcilerPropertyTest::withoutClaimCount).toList()),
        "a copy changed figures", withCopy);
  }

  /** Plain checks: AssertJ per check over thousands of cases would take seconds, not milliseconds. */
  private static void check(boolean holds, String what, Object context) {
    if (!holds) {
      throw new AssertionError(what + " in " + context);
    }
  }

  private static AlignedClaim copyOf(AlignedClaim c) {
    CasualtyClaim k = c.claim();
    CasualtyClaim copied = new CasualtyClaim(
        k.claimId() + "~copy", k.articleId() + "~copy", k.scope(), k.category(), k.unit(), k.victims(),
        k.victimsText(), k.side(), k.reading(), k.subsetOf() == null ? null : k.subsetOf() + "~copy",
        k.attributedTo(), k.eventDate(), k.dateText(), k.location(), k.country(), k.locationText(),
        k.eventType(), k.sentence(), k.charStart(), k.charEnd());
    return new AlignedClaim(copied, c.storyId(), c.source(), c.published(), c.incidentId());
  }

  private static List<Object> withoutClaimCount(Figure f) {
    return List.of(f.category(), f.unit(), f.low(), f.best(), f.high(), String.valueOf(f.consensusLow()),
        String.valueOf(f.consensusHigh()), f.reports());
  }

  private static List<AlignedClaim> randomIncident(Random random, String name) {
    List<AlignedClaim> claims = new ArrayList<>();
    int stories = 1 + random.nextInt(4);
    for (int s = 0; s < stories; s++) {
      int copies = 1 + random.nextInt(3);
      for (int a = 0; a < copies; a++) {
        claims.addAll(randomArticle(random, name + "-s" + s + "-a" + a, "story-" + s));
      }
    }
    return claims;
  }

  private static List<AlignedClaim> randomArticle(Random random, String articleId, String storyId) {
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    String published = random.nextInt(5) == 0 ? null : LocalDate.of(2020, 10, 26 + random.nextInt(3)).toString();
    List<AlignedClaim> claims = new ArrayList<>();
    int n = 1 + random.nextInt(5);
    for (int c = 0; c < n; c++) {
      String claimId = articleId + "-c" + c;
      ClaimBuilder b = in(articleId, outlet, published, storyId)
          .by(SOURCES[random.nextInt(SOURCES.length)])
          .category(CATEGORIES[random.nextInt(CATEGORIES.length)])
          .unit(random.nextInt(10) == 0 ? "families" : "people")
          .victims(random.nextBoolean() ? "civilians" : "fighters")
          .sentence("sentence " + random.nextInt(3), 10 * c);
      if (c > 0 && random.nextInt(6) == 0) {
        b.subsetOf(articleId + "-c" + random.nextInt(c));
      }
      if (random.nextInt(12) == 0) {
        b.aggregate();
      }
      claims.add(b.says(claimId, randomReading(random)));
    }
    return claims;
  }

  private static NumberReading randomReading(Random random) {
    long n = random.nextInt(4) == 0 ? random.nextInt(3) : 1 + random.nextInt(120);
    return switch (Qualifier.values()[random.nextInt(Qualifier.values().length)]) {
      case EXACT -> NumberReading.exact(Long.toString(n), n);
      case ZERO -> NumberReading.exact("no", 0);
      case AT_LEAST -> Readings.atLeast(n);
      case MORE_THAN -> Readings.moreThan(n);
      case AT_MOST -> Readings.reading("up to " + n, 0, n, n, Qualifier.AT_MOST);
      case APPROX -> random.nextBoolean() ? Readings.about(n) : Readings.nearly(Math.max(10, n));
      case RANGE -> Readings.reading(n + " to " + (n + 10), n, n + 10, n + 5, Qualifier.RANGE);
      case VAGUE -> randomVague(random);
    };
  }

  private static NumberReading randomVague(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Readings.dozens();
      case 1 -> Readings.scores();
      case 2 -> Readings.reading("several", 3, 9L, 3, Qualifier.VAGUE);
      default -> Readings.reading("hundreds", 200, 999L, 200, Qualifier.VAGUE);
    };
  }

  private static List<AlignedClaim> shuffled(List<AlignedClaim> claims, Random random) {
    List<AlignedClaim> copy = new ArrayList<>(claims);
    Collections.shuffle(copy, random);
    return copy;
  }
}
