package org.tollrecon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;
import org.tollrecon.extract.Scope;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.reconcile.Reconciler;

/** Seed incidents in the shape of UCDP GED rows, and their sourcing grades. */
class UcdpRowTest {
  private static final LocalDate DAY = LocalDate.of(2018, 9, 8);
  private static final String SENTENCE = "At least 13 members of the government forces were killed and seven Asayesh"
      + " fighters, according to SOHR.";

  private static AlignedClaim claim(String id, String story, String victims, String side, NumberReading reading,
      String subsetOf, String by, int at) {
    CasualtyClaim c = new CasualtyClaim(id, "a-" + story, Scope.INCIDENT, Category.KILLED, "people", victims, victims,
        side, reading, subsetOf, by, DAY, null, "Al Qamishli", "SY", "Qamishli", "clashes", SENTENCE, at, at + 2);
    return new AlignedClaim(c, story, "Al Jazeera", DAY, "inc-h");
  }

  private static UcdpRow ucdp(List<AlignedClaim> claims) {
    IncidentFigures figures = new Reconciler().reconcile("inc-h", claims);
    IncidentRow row = IncidentRow.of(claims, figures);
    return UcdpRow.of(row, claims, figures);
  }

  @Test
  void governmentAndOpposingSidesAreSplitAsTheTextSaysThem() {
    List<AlignedClaim> h = List.of(
        claim("c1", "s", "soldiers", "government", new NumberReading("At least 13", 13, null, 13, Qualifier.AT_LEAST),
            null, "Syrian Observatory for Human Rights", 0),
        claim("c2", "s", "fighters", "Asayesh", NumberReading.exact("seven", 7), null,
            "Syrian Observatory for Human Rights", 60));
    UcdpRow row = ucdp(h);
    assertThat(row.best()).isEqualTo(20);
    assertThat(List.of(row.deathsA(), row.deathsB(), row.deathsCivilians(), row.deathsUnknown()))
        .containsExactly(13L, 7L, 0L, 0L);
    assertThat(row.sideA()).isEqualTo("government");
    assertThat(row.sideB()).isEqualTo("Asayesh");
  }

  @Test
  void anIncludingSubsetIsNotCountedTwiceAndUnknownVictimsStayUnknown() {
    List<AlignedClaim> g = List.of(
        claim("c1", "s", "people", null, NumberReading.exact("10", 10), null, "SOHR", 0),
        claim("c2", "s", "children", null, NumberReading.exact("five", 5), "c1", "SOHR", 20));
    UcdpRow row = ucdp(g);
    assertThat(List.of(row.best(), row.deathsA(), row.deathsB(), row.deathsCivilians(), row.deathsUnknown()))
        .containsExactly(10L, 0L, 0L, 0L, 10L);
  }

  @Test
  void deathsOfUnstatedVictimsAreUnknown() {
    // "A shooting left 3 dead": no victim group in the text, so victims is null.
    List<AlignedClaim> shooting = List.of(claim("c1", "s", null, null, NumberReading.exact("3", 3), null, "", 0));
    UcdpRow row = ucdp(shooting);
    assertThat(List.of(row.best(), row.deathsA(), row.deathsB(), row.deathsCivilians(), row.deathsUnknown()))
        .containsExactly(3L, 0L, 0L, 0L, 3L);
  }

  @Test
  void gradesSayHowWellAnIncidentIsSourced() {
    AlignedClaim one = claim("c1", "s1", "civilians", null, NumberReading.exact("6", 6), null, "local activists", 0);
    AlignedClaim agrees = claim("c2", "s2", "civilians", null,
        new NumberReading("at least six", 6, null, 6, Qualifier.AT_LEAST), null, "", 0);
    AlignedClaim conflicts = claim("c3", "s3", "civilians", null, NumberReading.exact("15", 15), null, "SOHR", 0);
    assertThat(new Reconciler().reconcile("i", List.of(one)).grade()).isEqualTo(IncidentFigures.Grade.SINGLE_SOURCE);
    assertThat(new Reconciler().reconcile("i", List.of(one, agrees)).grade())
        .isEqualTo(IncidentFigures.Grade.CORROBORATED);
    assertThat(new Reconciler().reconcile("i", List.of(one, agrees, conflicts)).grade())
        .isEqualTo(IncidentFigures.Grade.CONTESTED);
  }
}
