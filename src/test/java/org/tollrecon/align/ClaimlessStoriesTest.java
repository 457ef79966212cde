package org.tollrecon.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Attaching stories that give no claim to the incident they report on, with stories written for the test. */
class ClaimlessStoriesTest {
  private static final LocalDate SHOOTING = LocalDate.of(2016, 3, 5);
  /** The names the run's other stories write often enough that they are not rare (the caller drops them). */
  private static final Set<String> NOT_RARE = Set.of("brookhaven", "jackson", "county");

  /** An incident read from its claims, with the rare names of its stories' texts. */
  private static IncidentProfile incident(String id, String place, LocalDate date, Set<String> textNames) {
    return new IncidentProfile(id, Set.of("story-" + id), date, true, "US", place, "shooting", Set.of("people"), 1L,
        null, textNames, Set.of("shot", "killed"), Set.of(), textNames);
  }

  /** A claimless story as the link stage sees it: its headline, its date and the rare names of its text. */
  private static IncidentProfile story(LocalDate published, String title, String text) {
    Set<String> names = TextNames.of(title, text);
    Set<String> rare = new TreeSet<>(names);
    rare.removeAll(NOT_RARE);
    return ClaimlessStories.profile("story-x", published, List.of(title), names,
        TextNames.lowerCaseWords(title, text), rare);
  }

  private static Optional<String> attach(IncidentProfile story, IncidentProfile... incidents) {
    List<ClaimlessStories.Candidate> scored = new ArrayList<>();
    for (IncidentProfile i : incidents) {
      scored.add(new ClaimlessStories.Candidate(i.incidentId(), ClaimlessStories.score(i, story, Set.of())));
    }
    return ClaimlessStories.choose(scored);
  }

  private static final IncidentProfile DELMONT = incident("i-delmont", "Brookhaven", SHOOTING,
      Set.of("tarrance", "okonkwo", "delmont", "wexley", "jaylen"));
  private static final IncidentProfile MILLRACE = incident("i-millrace", "Brookhaven", SHOOTING.plusDays(2),
      Set.of("millrace", "pettigrew", "odessa"));

  @Test
  void aFollowUpThatNamesTheVictimTheSuspectAndTheStreetJoinsTheIncident() {
    IncidentProfile arrest = story(SHOOTING.plusDays(20), "Brookhaven man charged in Delmont Avenue killing",
        "Brookhaven police on Tuesday arrested Jaylen Wexley, 22, in the death of Tarrance Okonkwo. "
            + "Okonkwo was found on Delmont Avenue with a wound to the chest, a detective said.");
    assertThat(attach(arrest, DELMONT, MILLRACE)).contains("i-delmont");
  }

  @Test
  void aStoryThatFitsTwoIncidentsIsLeftAlone() {
    Set<String> corner = Set.of("harlow", "gardens", "pell", "vinton");
    IncidentProfile first = incident("i-first", "Brookhaven", SHOOTING, corner);
    IncidentProfile second = incident("i-second", "Brookhaven", SHOOTING.plusDays(3), corner);
    IncidentProfile vigil = story(SHOOTING.plusDays(6), "Neighbors rally at Harlow Gardens",
        "Residents of Harlow Gardens marched down Pell Street on Sunday, led by pastor Ellis Vinton, "
            + "after gunfire twice in a week at the complex.");
    assertThat(ClaimlessStories.score(first, vigil, Set.of())).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(attach(vigil, first, second)).isEmpty();
  }

  @Test
  void aStoryThatSharesOnlyTheTownAndAFamilyNameIsLeftAlone() {
    IncidentProfile column = story(SHOOTING.plusDays(1), "Brookhaven schools add counselors",
        "Parents met Monday with superintendent Dana Okonkwo about safety at Jackson County high schools.");
    assertThat(ClaimlessStories.score(DELMONT, column, Set.of())).isLessThanOrEqualTo(IncidentLinker.LINK);
    assertThat(attach(column, DELMONT, MILLRACE)).isEmpty();
  }

  @Test
  void aTrialMonthsLaterIsLeftAloneEvenWhenItNamesThePeople() {
    IncidentProfile trial = story(SHOOTING.plusMonths(9), "Wexley trial opens in Delmont Avenue killing",
        "Jurors heard Monday that Jaylen Wexley fired at Tarrance Okonkwo on Delmont Avenue last March.");
    assertThat(ClaimlessStories.score(DELMONT, trial, Set.of())).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(attach(trial, DELMONT, MILLRACE)).isEmpty();
  }

  @Test
  void wordsOfAPageInCapitalsThatItAlsoWritesInLowerCaseAreNoNames() {
    IncidentProfile warning = story(SHOOTING.plusDays(1), "Frost advisory",
        "A frost advisory is in effect. THOSE WITH PLANTS WILL HAVE TO COVER THEM. Those who can will have to "
            + "bring pets inside, the Weather Service said.");
    assertThat(warning.textNames()).doesNotContain("those", "will", "have").contains("plants", "cover");
    assertThat(warning.names()).doesNotContain("those", "will", "have");
  }

  @Test
  void theBestIncidentMustReachTheLinkScoreAndLeadTheRunnerUp() {
    ClaimlessStories.Candidate a = new ClaimlessStories.Candidate("a", IncidentLinker.LINK + 1);
    assertThat(ClaimlessStories.choose(List.of(a, new ClaimlessStories.Candidate("b", 0.5)))).contains("a");
    assertThat(ClaimlessStories.choose(List.of(a, a, new ClaimlessStories.Candidate("b", Double.NEGATIVE_INFINITY))))
        .contains("a");
    assertThat(ClaimlessStories.choose(List.of(a, new ClaimlessStories.Candidate("b", IncidentLinker.LINK))))
        .isEmpty();
    assertThat(ClaimlessStories.choose(List.of(new ClaimlessStories.Candidate("a", IncidentLinker.LINK - 0.5))))
        .isEmpty();
    assertThat(ClaimlessStories.choose(List.of())).isEmpty();
  }
}
