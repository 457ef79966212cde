package org.tollrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.tollrecon.reconcile.ClaimBuilder.in;
import static org.tollrecon.reconcile.Readings.atLeast;
import static org.tollrecon.reconcile.Readings.dozens;
import static org.tollrecon.reconcile.Readings.exact;
import static org.tollrecon.reconcile.Readings.moreThan;
import static org.tollrecon.reconcile.Readings.nearly;
import static org.tollrecon.reconcile.Readings.none;
import static org.tollrecon.reconcile.Readings.reading;
import static org.tollrecon.reconcile.Readings.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.Qualifier;
import org.tollrecon.reconcile.Discrepancy.Kind;
import org.tollrecon.reconcile.Discrepancy.Severity;

/** The seed incidents of DESIGN.md section 7, and the rules of section 4 one at a time. */
class ReconcilerTest {

  static final String SOHR = "Syrian Observatory for Human Rights";
  static final String SPOKESMAN = "opposition spokesman";

  private final Reconciler reconciler = new Reconciler();

  private static ClaimBuilder dawn000() {
    return in("000", "Dawn", "2020-10-28", "ap-1");
  }

  private static ClaimBuilder ap001() {
    return in("001", "Associated Press", "2020-10-27", "ap-1");
  }

  /** Incident A: the AP story in two copies, the Dawn copy cut short before the Observatory's figures. */
  static final List<AlignedClaim> INCIDENT_A = List.of(
      dawn000().sentence("Russian airstrikes killed dozens of their fighters", 30).says("000-a", dozens()),
      dawn000().by(SPOKESMAN).says("000-b", moreThan(50)),
      dawn000().by(SPOKESMAN).injured().says("000-c", nearly(50)),
      ap001().sentence("Russian airstrikes killed dozens of their fighters", 30).says("001-a", dozens()),
      ap001().sentence("killed dozens of Turkish-backed fighters", 400).says("001-b", dozens()),
      ap001().by(SPOKESMAN).says("001-c", moreThan(50)),
      ap001().by(SPOKESMAN).injured().says("001-d", nearly(50)),
      ap001().by(SOHR).says("001-e", exact(78)),
      ap001().by(SOHR).injured().says("001-f", nearly(90)));

  /** The spokesman's report is in both copies with one claim each: the later copy, Dawn's, is read. */
  @Test
  void incidentAKillingsAgreeAt78() {
    Figure killed = figure(reconciler.reconcile("A", INCIDENT_A), Category.KILLED);

    assertThat(killed)
        .extracting(Figure::low, Figure::best, Figure::high, Figure::consensusLow, Figure::consensusHigh,
            Figure::nClaims, Figure::nReports)
        .containsExactly(51L, 78L, 78L, 78L, 78L, 6, 3);
    assertThat(killed.reports())
        .extracting(ReportPoint::attributedTo, ReportPoint::source, ReportPoint::point, ReportPoint::vague)
        .containsExactly(
            tuple("", "Associated Press", 24L, true),
            tuple(SOHR, "Associated Press", 78L, false),
            tuple(SPOKESMAN, "Dawn", 51L, false));
  }

  @Test
  void incidentAInjuriesConflictBetweenSpokesmanAndObservatory() {
    IncidentFigures a = reconciler.reconcile("A", INCIDENT_A);
    Figure injured = figure(a, Category.INJURED);

    assertThat(injured)
        .extracting(Figure::low, Figure::best, Figure::high, Figure::consensusLow, Figure::consensusHigh)
        .containsExactly(49L, 89L, 89L, null, null); // two reports: the high median
    assertThat(a.discrepancies())
        .extracting(d -> d.category(), d -> d.kind(), d -> d.severity(), d -> d.a().attributedTo(),
            d -> d.b().attributedTo())
        .containsExactly(tuple(Category.INJURED, Kind.CONFLICT, Severity.MAJOR, SPOKESMAN, SOHR));
    assertThat(a.discrepancies().get(0).ratio()).isCloseTo(89.0 / 49.0, offset(1e-9));
    assertThat(a.discrepancyLevel()).isEqualTo(Severity.MAJOR);
  }

  @Test
  void incidentHSumsDisjointGroupsOfOneSentence() {
    String sentence = "At least 13 members of the government forces were killed and seven Asayesh fighters";
    Figure killed = figure(reconciler.reconcile("H", List.of(
        in("004", "The New Arab", "2020-09-20", "s4").by(SOHR).victims("soldiers").sentence(sentence, 100)
            .says("h-1", atLeast(13)),
        in("004", "The New Arab", "2020-09-20", "s4").by(SOHR).victims("fighters").sentence(sentence, 160)
            .says("h-2", word("seven", 7)))), Category.KILLED);

    assertThat(killed.reports()).singleElement().satisfies(r -> {
      assertThat(r.reading())
          .extracting(x -> x.low(), x -> x.high(), x -> x.point(), x -> x.qualifier())
          .containsExactly(20L, null, 20L, Qualifier.AT_LEAST);
      assertThat(r.claimIds()).containsExactly("h-1", "h-2");
    });
    assertThat(killed).extracting(Figure::low, Figure::best, Figure::high).containsExactly(20L, 20L, 20L);
  }

  @Test
  void incidentGLeavesTheChildrenInsideTheTotal() {
    String sentence = "10 people were killed, including five children";
    ClaimBuilder article = in("003", "Al Jazeera", "2018-09-08", "s3").by(SOHR).sentence(sentence, 0);
    Figure killed = figure(reconciler.reconcile("G", List.of(
        article.says("g-1", exact(10)),
        in("003", "Al Jazeera", "2018-09-08", "s3").by(SOHR).victims("children").subsetOf("g-1")
            .sentence(sentence, 36).says("g-2", exact(5)))), Category.KILLED);

    assertThat(killed).extracting(Figure::low, Figure::best, Figure::high, Figure::nClaims)
        .containsExactly(10L, 10L, 10L, 2);
  }

  @Test
  void aPartToldByAnotherSourceIsNoReportOfItsOwn() {
    Figure killed = figure(reconciler.reconcile("P", List.of(
        ap001().sentence("Shelling killed 19 people on Tuesday", 0).says("p-1", exact(19)),
        ap001().by(SOHR).victims("children").subsetOf("p-1")
            .sentence("Five of the dead were children, the Observatory said", 300).says("p-2", exact(5)))),
        Category.KILLED);

    assertThat(killed.reports()).singleElement().extracting(ReportPoint::point).isEqualTo(19L);
    assertThat(killed).extracting(Figure::low, Figure::best, Figure::high, Figure::nClaims)
        .containsExactly(19L, 19L, 19L, 2);
  }

  @Test
  void aSourceQuotedOnOneNamedVictimIsNoReportOfTheToll() {
    Figure killed = figure(reconciler.reconcile("N", List.of(
        ap001().sentence("Four people were killed in the shooting", 0).says("n-1", exact(4)),
        ap001().by("police").sentence("Brown died at the hospital, police said", 200)
            .says("n-2", word("Brown", 1)))), Category.KILLED);

    assertThat(killed.reports()).singleElement().extracting(ReportPoint::point).isEqualTo(4L);
  }

  @Test
  void aSourcesCountOfOneInAStoryOfMoreIsAPart() {
    Figure killed = figure(reconciler.reconcile("O", List.of(
        ap001().sentence("Four people were killed in the shooting", 0).says("o-1", exact(4)),
        ap001().by("police").sentence("One man died at the scene, police said", 200).says("o-2", word("One", 1)),
        in("002", "Other Outlet", "2018-09-09", "s9").by("police")
            .sentence("One man died at the hospital, police said", 10).says("o-3", word("One", 1)))),
        Category.KILLED);

    assertThat(killed.reports()).extracting(ReportPoint::point).containsExactlyInAnyOrder(4L, 1L);
  }

  @Test
  void aStoryNamingOneOfTheDeadIsNoReportWhereAnotherStoryCountsMore() {
    Figure killed = figure(reconciler.reconcile("V", List.of(
        ap001().sentence("Three people were killed when a gunman opened fire at a bowling alley", 0)
            .says("v-1", exact(3)),
        in("002", "Other Outlet", "2018-09-10", "s9").by("her brother")
            .sentence("Her brother said Dana Ruiz died shielding her son", 10).says("v-2", word("Dana Ruiz", 1)),
        in("002", "Other Outlet", "2018-09-10", "s9")
            .sentence("Dana Ruiz was remembered at a vigil on Sunday", 90).says("v-3", word("Dana Ruiz", 1)))),
        Category.KILLED);

    assertThat(killed.reports()).extracting(ReportPoint::point).containsExactly(3L);
    assertThat(killed.best()).isEqualTo(3L);
  }

  @Test
  void aCountOfOneOrAWoundedVictimNamedInAnotherStoryStaysAReport() {
    Figure killed = figure(reconciler.reconcile("W", List.of(
        ap001().sentence("Two people were killed in the crash and shooting", 0).says("w-1", exact(2)),
        in("002", "Other Outlet", "2018-09-10", "s9")
            .sentence("A man was killed in the shooting", 10).says("w-2", word("A", 1)))),
        Category.KILLED);
    assertThat(killed.reports()).extracting(ReportPoint::point).containsExactlyInAnyOrder(2L, 1L);

    Figure injured = figure(reconciler.reconcile("X", List.of(
        ap001().injured().sentence("Three people were wounded in the shooting", 0).says("x-1", exact(3)),
        in("002", "Other Outlet", "2018-09-10", "s9").injured()
            .sentence("Dana Ruiz was shot in the leg", 10).says("x-2", word("Dana Ruiz", 1)))),
        Category.INJURED);
    assertThat(injured.reports()).extracting(ReportPoint::point).containsExactlyInAnyOrder(3L, 1L);
  }

  @Test
  void theOutletsOwnCountOfOneStaysAReport() {
    Figure killed = figure(reconciler.reconcile("O", List.of(
        ap001().sentence("A man was killed in the shooting", 0).says("o-1", word("A", 1)),
        ap001().by("police").sentence("Two people died, police said", 200).says("o-2", exact(2)))),
        Category.KILLED);

    assertThat(killed.reports()).extracting(ReportPoint::point).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void aSourcesCountOfOneIsAReportWhereItsStoryGivesNoMore() {
    Figure killed = figure(reconciler.reconcile("O", List.of(
        ap001().sentence("A man was killed in the shooting", 0).says("o-1", word("A", 1)),
        ap001().by("police").sentence("One man died, police said", 200).says("o-2", word("One", 1)),
        in("002", "Other Outlet", "2018-09-09", "s9").sentence("Two men were killed", 10)
            .says("o-3", exact(2)))),
        Category.KILLED);

    assertThat(killed.reports()).extracting(ReportPoint::point).containsExactlyInAnyOrder(1L, 1L, 2L);
  }

  @Test
  void aPartWhoseTotalIsInAnotherIncidentStandsAlone() {
    Figure killed = figure(reconciler.reconcile("Q", List.of(
        ap001().by(SOHR).victims("children").subsetOf("elsewhere")
            .sentence("Five of the dead were children, the Observatory said", 300).says("q-1", exact(5)))),
        Category.KILLED);

    assertThat(killed).extracting(Figure::best).isEqualTo(5L);
  }

  @Test
  void aSubsetOfAnotherCategoryStandsAlone() {
    String sentence = "34 casualties, including 10 dead";
    IncidentFigures c = reconciler.reconcile("C", List.of(
        ap001().category(Category.CASUALTIES).sentence(sentence, 0).says("c-1", exact(34)),
        ap001().subsetOf("c-1").sentence(sentence, 26).says("c-2", exact(10))));

    assertThat(c.figures()).extracting(Figure::category, Figure::best)
        .containsExactly(tuple(Category.KILLED, 10L), tuple(Category.CASUALTIES, 34L));
  }

  @Test
  void aSentenceRepeatedInTheTextIsNotAdded() {
    String headline = "Airstrike kills 12 soldiers";
    Figure killed = figure(reconciler.reconcile("B", List.of(
        ap001().sentence(headline, 0).says("r-1", exact(12)),
        ap001().sentence(headline, 900).says("r-2", exact(12)))), Category.KILLED);

    assertThat(killed.reports()).singleElement()
        .extracting(ReportPoint::point, ReportPoint::claimIds).containsExactly(12L, List.of("r-1"));
  }

  @Test
  void aFigureSaidAgainInOtherWordsInOneSentenceIsNotAdded() {
    String sentence = "Air raids kill 31 jihadists in Raqqa At least 31 Islamic State militants were killed";
    Figure killed = figure(reconciler.reconcile("R", List.of(
        ap001().victims("fighters").sentence(sentence, 0).says("j-1", exact(31)),
        ap001().victims("fighters").sentence(sentence, 40).says("j-2", atLeast(31)))), Category.KILLED);

    assertThat(killed.reports()).singleElement().extracting(ReportPoint::point).isEqualTo(31L);
  }

  @Test
  void equalCountsOfDifferentOrSetApartGroupsInOneSentenceAreAdded() {
    String sentence = "Two soldiers and two civilians were killed, and two others later died";
    Figure killed = figure(reconciler.reconcile("S", List.of(
        ap001().victims("soldiers").sentence(sentence, 0).says("d-1", exact(2)),
        ap001().victims("civilians").sentence(sentence, 17).says("d-2", exact(2)),
        ap001().victimsText("others").sentence(sentence, 48).says("d-3", exact(2)))), Category.KILLED);

    assertThat(killed.reports()).singleElement().extracting(ReportPoint::point).isEqualTo(6L);
  }

  @Test
  void incidentFNoCasualtiesAgainstAToll() {
    IncidentFigures f = reconciler.reconcile("F", List.of(
        in("003", "Al Jazeera", "2018-09-08", "s3").by(SOHR).says("f-1", none()),
        in("009", "Hypothetical Daily", "2018-09-09", "s9").says("f-2", exact(3))));

    assertThat(f.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.ZERO_VS_POSITIVE);
      assertThat(d.severity()).isEqualTo(Severity.MAJOR);
      assertThat(d.ratio()).isInfinite();
      assertThat(d.a().point()).isZero();
    });
    assertThat(f.discrepancyLevel()).isEqualTo(Severity.MAJOR);
  }

  @Test
  void oneSourceRaisingItsTollNextDayIsARevisionNotAConflict() {
    IncidentFigures r = reconciler.reconcile("R", List.of(
        in("010", "Reuters", "2020-10-26", "s10").by(SOHR).says("r-1", exact(40)),
        in("011", "Reuters", "2020-10-27", "s11").by(SOHR).says("r-2", exact(78)),
        in("012", "Reuters", "2020-10-26", "s12").says("r-3", exact(30)),
        in("013", "Reuters", "2020-10-27", "s13").says("r-4", exact(35))));

    assertThat(r.discrepancies())
        .extracting(d -> d.a().point(), d -> d.b().point(), Discrepancy::kind, Discrepancy::severity)
        .containsExactly(
            tuple(30L, 35L, Kind.REVISION, Severity.MINOR),
            tuple(30L, 40L, Kind.CONFLICT, Severity.MINOR),
            tuple(30L, 78L, Kind.CONFLICT, Severity.MAJOR),
            tuple(35L, 40L, Kind.CONFLICT, Severity.MINOR),
            tuple(35L, 78L, Kind.CONFLICT, Severity.MAJOR),
            tuple(40L, 78L, Kind.REVISION, Severity.MAJOR));
  }

  @Test
  void revisionsAloneLeaveAnIncidentUncontested() {
    IncidentFigures r = reconciler.reconcile("R", List.of(
        in("010", "Reuters", "2020-10-26", "s10").by(SOHR).says("r-1", exact(40)),
        in("011", "Reuters", "2020-10-27", "s11").by(SOHR).says("r-2", exact(78))));

    assertThat(r.discrepancies()).extracting(Discrepancy::kind).containsExactly(Kind.REVISION);
    assertThat(r.discrepancyLevel()).isEqualTo(Severity.NONE);
  }

  @Test
  void twoCopiesOfOneStoryAreOneReport() {
    Figure killed = figure(reconciler.reconcile("B", List.of(
        in("001", "Associated Press", "2020-10-27", "ap-1").by(SOHR).says("b-1", exact(12)),
        in("005", "Dawn", "2020-10-28", "ap-1").by(SOHR).says("b-2", exact(12)))), Category.KILLED);

    assertThat(killed).extracting(Figure::best, Figure::nReports, Figure::nClaims).containsExactly(12L, 1, 2);
    assertThat(killed.reports().get(0).claimIds()).containsExactly("b-2");
  }

  @Test
  void theCopyWithMostClaimsIsRead() {
    Figure killed = figure(reconciler.reconcile("B", List.of(
        in("001", "Associated Press", "2020-10-27", "ap-1").sentence("The strike killed 14", 0).says("b-1", exact(14)),
        in("001", "Associated Press", "2020-10-27", "ap-1").sentence("12 of them were fighters", 300)
            .says("b-2", exact(12)),
        in("005", "Dawn", "2020-10-28", "ap-1").says("b-3", exact(12)))), Category.KILLED);

    assertThat(killed.reports()).singleElement()
        .extracting(ReportPoint::source, ReportPoint::point).containsExactly("Associated Press", 14L);
  }

  @Test
  void aFigureRepeatedAcrossSentencesIsNotAdded() {
    Figure killed = figure(reconciler.reconcile("A", List.of(
        ap001().sentence("killed dozens of their fighters", 10).says("x-1", dozens()),
        ap001().sentence("killed dozens of Turkish-backed fighters", 300).says("x-2", dozens()))),
        Category.KILLED);

    assertThat(killed.reports()).singleElement().satisfies(r -> {
      assertThat(r.point()).isEqualTo(24);
      assertThat(r.vague()).isTrue();
    });
  }

  @Test
  void acrossSentencesANumberBeatsAVagueWordAndTheEarliestNumberWins() {
    Figure killed = figure(reconciler.reconcile("A", List.of(
        ap001().sentence("Scores were killed when the market was hit", 0)
            .says("x-1", reading("scores", 40, 99L, 40, Qualifier.VAGUE)),
        ap001().sentence("The market strike killed 20 people, the agency said", 120).says("x-2", exact(20)),
        ap001().sentence("Rescuers later said 25 had died", 400).says("x-3", exact(25)))), Category.KILLED);

    assertThat(killed.reports()).singleElement()
        .extracting(ReportPoint::point, ReportPoint::vague, ReportPoint::claimIds)
        .containsExactly(20L, false, List.of("x-2"));
  }

  @Test
  void aLargerFigureLaterInTheArticleDoesNotReplaceTheLedeToll() {
    Figure killed = figure(reconciler.reconcile("A", List.of(
        ap001().sentence("Two men were shot dead outside a corner store on Friday night", 0)
            .says("y-1", word("Two", 2)),
        ap001().sentence("Eleven people have been killed by gunfire in the county since January", 700)
            .says("y-2", word("Eleven", 11)))), Category.KILLED);

    assertThat(killed.reports()).singleElement()
        .extracting(ReportPoint::point, ReportPoint::claimIds)
        .containsExactly(2L, List.of("y-1"));
  }

  @Test
  void peopleToldOfInSeparateSentencesAreNotAdded() {
    Figure killed = figure(reconciler.reconcile("A", List.of(
        ap001().sentence("Two people were killed in a shooting at a birthday party", 0)
            .says("z-1", word("Two", 2)),
        ap001().sentence("A 31-year-old man was killed as he tried to shield his niece", 300)
            .says("z-2", word("A", 1)),
        ap001().sentence("Two people were killed in a shooting at a birthday party", 900)
            .says("z-3", word("Two", 2)))), Category.KILLED);

    assertThat(killed.reports()).singleElement()
        .extracting(ReportPoint::point, ReportPoint::claimIds)
        .containsExactly(2L, List.of("z-1"));
  }

  @Test
  void unitsAreNeverMixed() {
    IncidentFigures d = reconciler.reconcile("D", List.of(
        ap001().category(Category.DISPLACED).unit("families").says("u-1", exact(1000)),
        ap001().category(Category.DISPLACED).says("u-2", exact(5000)),
        ap001().says("u-3", exact(3))));

    assertThat(d.figures())
        .extracting(Figure::category, Figure::unit, Figure::best)
        .containsExactly(
            tuple(Category.KILLED, "people", 3L),
            tuple(Category.DISPLACED, "families", 1000L),
            tuple(Category.DISPLACED, "people", 5000L));
    assertThat(d.discrepancies()).isEmpty();
  }

  @Test
  void aggregateClaimsAreIgnored() {
    IncidentFigures a = reconciler.reconcile("A", List.of(
        ap001().says("k-1", exact(3)), ap001().aggregate().says("k-2", exact(300))));

    assertThat(figure(a, Category.KILLED)).extracting(Figure::best, Figure::nClaims).containsExactly(3L, 1);
  }

  private static Figure figure(IncidentFigures incident, Category category) {
    return incident.figures().stream().filter(f -> f.category() == category).findFirst().orElseThrow();
  }
}
