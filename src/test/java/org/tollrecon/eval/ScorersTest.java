package org.tollrecon.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark scorers on hand-made runs whose scores can be worked out by hand. */
class ScorersTest {
  @TempDir Path tmp;

  private static final String CLAIMS_HEADER = "claim_id,article_id,incident_id,category,victims,point,qualifier,low,high\n";
  private static final String INCIDENTS_HEADER =
      "incident_id,killed_low,killed_best,killed_high,injured_low,injured_best,injured_high\n";

  private Path run(String claims, String incidents) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("run"));
    Files.writeString(dir.resolve("claims.csv"), CLAIMS_HEADER + claims, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("incidents.csv"), INCIDENTS_HEADER + incidents, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void gvcMatchesEachGoldIncidentToThePredictedIncidentHoldingMostOfItsArticles() throws IOException {
    Path run = run("""
        c1,a1,i1,killed,people,1,exact,1,1
        c2,a2,i1,injured,people,3,exact,3,3
        c3,a3,i2,killed,people,2,exact,2,2
        c4,a4,,killed,people,9,exact,9,9
        """, """
        i1,1,1,1,2,3,3
        i2,2,2,2,,,
        """);
    Path gold = tmp.resolve("gold.csv");
    Files.writeString(gold, """
        incident_id,date,city,state,killed,injured,article_ids
        g1,2016-01-01,X,Y,1,3,a1;a2
        g2,2016-01-02,X,Y,2,1,a3
        g3,2016-01-03,X,Y,0,1,a4;a5
        """);
    GvcScore s = GvcScorer.score(run, gold);
    // g1: 1/3 exact; g2: 2 killed right, 0 injured wrong; g3: no incident claim, predicted 0/0.
    assertThat(s.killedExact()).isCloseTo(1.0, within(1e-9));
    assertThat(s.injuredExact()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.bothExact()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.injuredInRange()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.baselineBoth()).isCloseTo(1.0 / 3, within(1e-9));
    // Groups: gold {a1,a2},{a3},{a4,a5}; predicted {a1,a2},{a3},{a4},{a5}.
    assertThat(s.bcubedPrecision()).isCloseTo(1.0, within(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo((1 + 1 + 1 + 0.5 + 0.5) / 5, within(1e-9));
  }

  @Test
  void gvcGroupsAnArticleWithoutClaimsByTheIncidentThatListsIt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("listed"));
    Files.writeString(dir.resolve("claims.csv"), CLAIMS_HEADER + "c1,a1,i1,killed,people,1,exact,1,1\n");
    Files.writeString(dir.resolve("incidents.csv"), """
        incident_id,killed_low,killed_best,killed_high,injured_low,injured_best,injured_high,article_ids
        i1,1,1,1,,,,a1;a2;a4
        """);
    Path gold = tmp.resolve("gold.csv");
    Files.writeString(gold, """
        incident_id,date,city,state,killed,injured,article_ids
        g1,2016-01-01,X,Y,1,0,a1;a2;a3
        g2,2016-01-02,X,Y,0,0,a4
        """);
    GvcScore s = GvcScorer.score(dir, gold);
    // Predicted {a1,a2,a4},{a3}: a2 and a4 have no claim but i1 lists them; a3 is listed nowhere and stays alone.
    assertThat(s.bcubedPrecision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1 + 1.0 / 3) / 4, within(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, within(1e-9));
    // a4 carries no figure, so it does not vote: g2 is predicted 0 killed, not i1's 1.
    assertThat(s.killedExact()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void bcubedPenalisesMergingTwoGoldGroups() {
    Bcubed b = Bcubed.of(Map.of("a", "g1", "b", "g1", "c", "g2"), Map.of("a", "p", "b", "p", "c", "p"));
    assertThat(b.precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, within(1e-9));
    assertThat(b.recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void fakesCountsLabelledFiguresAmongKilledClaimsOfFittingVictims() throws IOException {
    Path run = run("""
        c1,f1,i1,killed,civilians,12,exact,12,12
        c2,f1,i1,killed,children,3,exact,3,3
        c3,f2,i2,killed,people,7,exact,7,7
        c4,f2,i2,injured,fighters,5,exact,5,5
        c5,f3,i3,killed,fighters,31,more_than,31,
        """, """
        i1,12,12,12,,,
        i2,7,7,7,,,
        """);
    Path labels = tmp.resolve("labels.csv");
    Files.writeString(labels, """
        id,fakes_row,unit_id,date,source,location,actor,cause_of_death,nb_civilians,nb_children,nb_women,nb_noncivilians,label,label_name
        f1,0,1,2016-01-01,sana,aleppo,unknown,shelling,12,3,0,0,1,credible
        f2,1,2,2016-01-01,sana,aleppo,unknown,shelling,0,0,0,5,1,credible
        f3,2,3,2016-01-01,sana,aleppo,unknown,shelling,0,0,0,30,1,credible
        """);
    FakesScore s = FakesScorer.score(run, labels);
    // f3's "more than 30" (point 31) states the labelled 30: found, though not as a point.
    assertThat(s.columns()).extracting(FakesScore.ColumnRecall::column, FakesScore.ColumnRecall::gold,
            FakesScore.ColumnRecall::fitting, FakesScore.ColumnRecall::any, FakesScore.ColumnRecall::anyPoint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nb_civilians", 1, 1, 1, 1),
            org.assertj.core.groups.Tuple.tuple("nb_children", 1, 1, 1, 1),
            org.assertj.core.groups.Tuple.tuple("nb_women", 0, 0, 0, 0),
            org.assertj.core.groups.Tuple.tuple("nb_noncivilians", 2, 1, 1, 0));
    assertThat(s.mainIncidentExact()).isEqualTo(1);
    assertThat(s.mainIncidentArticles()).isEqualTo(3);
  }

  @Test
  void statedFigureUndoesTheReadingsOfHedges() {
    assertThat(StatedFigure.stated(30, "more_than", 31, null, 31)).isTrue();
    assertThat(StatedFigure.stated(31, "more_than", 31, null, 31)).isTrue();
    assertThat(StatedFigure.stated(29, "more_than", 31, null, 31)).isFalse();
    // "nearly 90" reads [81, 89] at 89; "about 90" reads [81, 99] at 90 and states no 91.
    assertThat(StatedFigure.stated(90, "approx", 81, 89L, 89)).isTrue();
    assertThat(StatedFigure.stated(91, "approx", 81, 99L, 90)).isFalse();
    assertThat(StatedFigure.stated(1300, "range", 500, 1300L, 900)).isTrue();
    assertThat(StatedFigure.stated(500, "range", 500, 1300L, 900)).isTrue();
    assertThat(StatedFigure.stated(700, "range", 500, 1300L, 900)).isFalse();
    assertThat(StatedFigure.stated(13, "exact", 12, 12L, 12)).isFalse();
  }
}
