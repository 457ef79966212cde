package org.tollrecon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Scope;
import org.tollrecon.reconcile.Reconciler;

/** The incident row of an incident's claims, and of the articles attached to it without claims. */
class IncidentRowTest {
  private static final LocalDate DAY = LocalDate.of(2016, 3, 5);

  private static AlignedClaim claim(String article, long killed) {
    CasualtyClaim c = new CasualtyClaim(article + "-0", article, Scope.INCIDENT, Category.KILLED, "people", "people",
        null, null, NumberReading.exact(Long.toString(killed), killed), null, null, DAY, null, "Brookhaven", "US",
        "Brookhaven", "shooting", "A man was killed on Delmont Avenue.", 0, 10);
    return new AlignedClaim(c, "s-" + article, "outlet", DAY, "inc-d");
  }

  @Test
  void attachedArticlesAreListedAndCountedWhileIdAndFiguresStay() {
    List<AlignedClaim> claims = List.of(claim("b", 1), claim("d", 1));
    IncidentRow row = IncidentRow.of(claims, new Reconciler().reconcile("inc-d", claims));
    IncidentRow attached = row.withAttached(List.of("a", "c", "d"), 2);
    assertThat(attached.articleIds()).containsExactly("a", "b", "c", "d");
    assertThat(attached.nArticles()).isEqualTo(4);
    assertThat(attached.nStories()).isEqualTo(row.nStories() + 2);
    assertThat(attached.incidentId()).isEqualTo(row.incidentId());
    assertThat(attached.killedBest()).isEqualTo(row.killedBest());
    assertThat(attached.nReports()).isEqualTo(row.nReports());
    assertThat(attached.summary()).isEqualTo(row.summary());
  }
}
