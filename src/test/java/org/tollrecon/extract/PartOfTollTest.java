package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tollrecon.extract.SentenceClaimExtractorTest.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A count told as part of a toll given in an earlier sentence is a subset of that toll. */
class PartOfTollTest {

  private static final String TOLL = "Shelling killed 19 people in the town on Tuesday.\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "Five of the dead were children, the monitor said.",
      "The monitor said five children were among the dead.",
      "Among the dead were five children, the monitor said.",
      "Five of those killed were children.",
  })
  void aPartOfTheTollIsItsSubset(String later) {
    List<CasualtyClaim> claims = read(TOLL + later);

    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).reading().point()).isEqualTo(5);
    assertThat(claims.get(1).subsetOf()).isEqualTo(claims.get(0).claimId());
  }

  @Test
  void eachListedPartIsASubset() {
    List<CasualtyClaim> claims = read(TOLL + "Three children and two women were among the dead, the monitor said.");

    assertThat(claims).extracting(c -> c.reading().point(), c -> c.subsetOf() != null)
        .containsExactly(tuple(19L, false), tuple(3L, true),
            tuple(2L, true));
  }

  @Test
  void eachItemOfAnIncludingListIsASubset() {
    List<CasualtyClaim> claims = read("Shelling killed 20 people including five children and three women, the monitor "
        + "said. Six people, including four girls and two men, were injured.");

    assertThat(claims).extracting(c -> c.reading().point(), c -> c.subsetOf() != null)
        .containsExactly(tuple(20L, false), tuple(5L, true), tuple(3L, true), tuple(6L, false), tuple(4L, true),
            tuple(2L, true));
  }

  @Test
  void othersAfterAnIncludingListAreNoPartOfIt() {
    List<CasualtyClaim> claims = read("Ten people were killed including a child and 37 others were wounded.");

    assertThat(claims).filteredOn(c -> c.reading().point() == 37)
        .extracting(c -> c.subsetOf()).containsExactly((String) null);
  }

  @Test
  void aCountToldOnlyByItsConditionIsAPartOfTheWounded() {
    List<CasualtyClaim> claims = read("Three others were hospitalized \u2014 two in critical condition.");

    assertThat(claims).extracting(c -> c.reading().point(), c -> c.subsetOf() != null)
        .containsExactly(tuple(3L, false), tuple(2L, true));
  }

  @Test
  void aPartOfTheWoundedIsASubsetOfTheWounded() {
    List<CasualtyClaim> claims = read("Two men were killed and three were wounded.\n"
        + "Two of the wounded were in critical condition.");

    assertThat(claims).filteredOn(c -> c.category() == Category.INJURED)
        .extracting(c -> c.reading().point(), c -> c.subsetOf() != null)
        .containsExactly(tuple(3L, false), tuple(2L, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Among the victims were five children, the monitor said.",
      "Five of the victims were children.",
  })
  void aPartOfTheVictimsTakesTheTollsHarm(String later) {
    List<CasualtyClaim> claims = read(TOLL + later);

    assertThat(claims).extracting(c -> c.category(), c -> c.reading().point(), c -> c.subsetOf() != null)
        .containsExactly(tuple(Category.KILLED, 19L, false), tuple(Category.KILLED, 5L, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // no toll before: the victims' harm is not told
      "Among the victims were five children, the monitor said.",
      // none of the victims is no toll of zero
      "Shelling killed 19 people in the town on Tuesday.\nNone of the victims have been identified.",
      // more than the toll: no part of it, and with no harm of its own it tells nothing
      "Two people were killed on Monday.\nFive of the victims were children.",
  })
  void aPartOfTheVictimsWithNoTollToHoldItTellsNothingNew(String text) {
    assertThat(read(text)).allSatisfy(c -> assertThat(c.reading().point()).isNotIn(0L, 5L));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // no earlier toll of the same harm to be part of
      "Four people were shot on Main Street.\nOne of the victims died at the hospital.",
      // a group the toll does not hold
      "Ten soldiers were killed in the ambush.\nAmong the dead were four children, the army said.",
      // larger than the toll: not a part of it
      "Two people were killed on Monday.\nFive of the dead were children.",
      // its own verb: a toll of its own
      "Shelling killed 19 people in the town on Tuesday.\nSix children were killed among the ruins of a school.",
  })
  void aCountThatCannotBePartOfAnEarlierTollStands(String text) {
    assertThat(read(text)).isNotEmpty().allSatisfy(c -> assertThat(c.subsetOf()).isNull());
  }
}
