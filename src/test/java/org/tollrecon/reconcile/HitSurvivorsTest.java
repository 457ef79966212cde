package org.tollrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.reconcile.ClaimBuilder.in;
import static org.tollrecon.reconcile.Readings.atLeast;
import static org.tollrecon.reconcile.Readings.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.Category;

/** An early story's count of the shot against the deaths a later story of the same incident tells. */
class HitSurvivorsTest {

  private final Reconciler reconciler = new Reconciler();

  private static ClaimBuilder early() {
    return in("e1", "Valley Herald", "2016-03-04", "story-early");
  }

  private static ClaimBuilder later() {
    return in("l1", "River Gazette", "2016-03-06", "story-later");
  }

  @Test
  void aBoyShotWhoLaterDiedIsNotAlsoWounded() {
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        early().injured().victims("boy").sentence("Boy, 9, shot while playing at a park", 0)
            .says("e-a", word("Boy", 1)),
        later().victims("boy").sentence("Boy shot at the park on Sunday has died", 0).says("l-a", word("Boy", 1))));

    assertThat(best(f, Category.KILLED)).isEqualTo(1);
    assertThat(best(f, Category.INJURED)).isZero();
  }

  @Test
  void oneOfSixShotDyingLeavesFiveWounded() {
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        early().injured().sentence("Six people shot outside a bar on Main Street", 0).says("e-a", word("Six", 6)),
        later().sentence("One of the six people shot outside the bar has died", 0).says("l-a", word("One", 1))));

    assertThat(best(f, Category.KILLED)).isEqualTo(1);
    assertThat(best(f, Category.INJURED)).isEqualTo(5);
  }

  /** "A man was killed and a woman was shot" names two people: the story telling the death counts her apart. */
  @Test
  void aWomanShotBesideAManKilledStaysWounded() {
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        early().injured().victims("woman").sentence("Woman shot on Elm Street", 0).says("e-a", word("Woman", 1)),
        later().victims("man").sentence("A man was killed and a woman was shot on Elm Street", 0)
            .says("l-a", word("A", 1)),
        later().injured().victims("woman").sentence("A man was killed and a woman was shot on Elm Street", 26)
            .says("l-b", word("a", 1))));

    assertThat(best(f, Category.KILLED)).isEqualTo(1);
    assertThat(best(f, Category.INJURED)).isEqualTo(1);
  }

  @Test
  void aStoryTellingTheDeathItselfKeepsItsWounded() {
    String text = "A man was killed and two women were shot outside a store";
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        later().victims("man").sentence(text, 0).says("l-a", word("A", 1)),
        later().injured().sentence(text, 21).says("l-b", word("two", 2))));

    assertThat(best(f, Category.INJURED)).isEqualTo(2);
  }

  /** "Brown was one of five people shot", his death told in another sentence: the other four lived. */
  @Test
  void aCountOfTheShotBesideADeathToldApartLosesTheDead() {
    String count = "Brown was one of five people shot outside the club";
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        later().sentence("Man killed in club shooting named", 0).says("l-a", word("Man", 1)),
        later().injured().sentence(count, 40).says("l-b", word("five", 5)),
        later().category(Category.CASUALTIES).sentence(count, 40).says("l-c", word("five", 5))));

    assertThat(best(f, Category.KILLED)).isEqualTo(1);
    assertThat(best(f, Category.INJURED)).isEqualTo(4);
  }

  /** Without the casualties claim, extraction judged the count apart from the death ("two others were shot"). */
  @Test
  void aCountOfTheWoundedBesideADeathStands() {
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        later().sentence("Man killed in club shooting named", 0).says("l-a", word("Man", 1)),
        later().injured().sentence("Two others were shot outside the club", 40).says("l-b", word("Two", 2))));

    assertThat(best(f, Category.INJURED)).isEqualTo(2);
  }

  @Test
  void aCountThatIsNoExactNumberStands() {
    IncidentFigures f = reconciler.reconcile("inc", List.of(
        early().injured().sentence("At least three people shot at a party", 0).says("e-a", atLeast(3)),
        later().sentence("One man died after a party shooting", 0).says("l-a", word("One", 1))));

    assertThat(best(f, Category.INJURED)).isEqualTo(3);
  }

  @Test
  void withoutDeathsTheShotAreTheWounded() {
    List<AlignedClaim> claims = List.of(
        early().injured().sentence("Three people shot at a party", 0).says("e-a", word("Three", 3)),
        later().injured().sentence("Three people were wounded at a party", 0).says("l-a", word("Three", 3)));

    assertThat(best(reconciler.reconcile("inc", claims), Category.INJURED)).isEqualTo(3);
  }

  private static long best(IncidentFigures f, Category category) {
    return f.inPeople(category).orElseThrow().best();
  }
}
