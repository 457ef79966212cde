package org.tollrecon.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Scope;

class IncidentLinkerTest {
  private static final LocalDate DAY = LocalDate.of(2016, 7, 4);

  private static IncidentProfile profile(String id, String story, LocalDate date, String place, String event,
      Long killed, Long injured, Set<String> names, Set<String> words) {
    return new IncidentProfile(id, Set.of(story), date, date != null, "US", place, event, Set.of("people"),
        killed, injured, names, words);
  }

  @Test
  void twoOutletsOnOneShootingLinkOnPlaceDayFiguresAndTheVictimsName() {
    IncidentProfile a = profile("i1", "s1", DAY, "Menasha", "shooting", 4L, 1L, Set.of("styka", "trestle"),
        Set.of("shooting", "bridge", "trail", "dead", "critical", "condition"));
    IncidentProfile b = profile("i2", "s2", DAY, "Menasha", "shooting", 4L, null, Set.of("trestle"),
        Set.of("shooting", "bridge", "trail", "dead", "gunman"));
    assertThat(IncidentLinker.score(a, b)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
  }

  @Test
  void twoSameDayIncidentsInOneProvinceStayApart() {
    IncidentProfile maharda = profile("i1", "s1", DAY, "Maharda", "shelling", 10L, null, Set.of(), Set.of("shelling"));
    IncidentProfile salhab = profile("i2", "s2", DAY, "Salhab", "shelling", 10L, null, Set.of(), Set.of("shelling"));
    assertThat(IncidentLinker.score(maharda, salhab)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void aTownAndTheProvinceItLiesInMayBeOneIncident() {
    IncidentProfile town = new IncidentProfile("i1", Set.of("s1"), DAY, true, "SY", "Muhradah", "shelling",
        Set.of("people"), 10L, null, Set.of(), Set.of("shelling", "rebel"));
    IncidentProfile province = new IncidentProfile("i2", Set.of("s2"), DAY, true, "SY", "Hamah", "shelling",
        Set.of("people"), 10L, null, Set.of(), Set.of("shelling", "rebel"));
    assertThat(IncidentLinker.vetoed(town, province)).isFalse();
    assertThat(IncidentLinker.score(town, province)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(PlaceContainment.within("Muhradah", "Hamah", "SY")).isTrue();
    assertThat(PlaceContainment.within("Muhradah", "Idlib", "SY")).isFalse();
  }

  @Test
  void sameDayWithNothingElseSharedDoesNotLink() {
    IncidentProfile a = profile("i1", "s1", DAY, null, "shooting", 1L, null, Set.of("johnson"), Set.of("teen", "park"));
    IncidentProfile b = profile("i2", "s2", DAY, null, "shooting", null, 2L, Set.of("garcia"), Set.of("store", "clerk"));
    assertThat(IncidentLinker.score(a, b)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void statedDatesMoreThanADayApartDoNotLinkWithoutSharedNamesAndDifferentEventsVeto() {
    IncidentProfile a = profile("i1", "s1", DAY, "Aleppo", "airstrike", 5L, null, Set.of(), Set.of());
    assertThat(IncidentLinker.score(a, profile("i2", "s2", DAY.plusDays(2), "Aleppo", "airstrike", 5L, null,
        Set.of(), Set.of()))).isLessThan(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(a, profile("i5", "s2", DAY.plusDays(15), "Aleppo", "airstrike", 5L, null,
        Set.of(), Set.of()))).isTrue();
    assertThat(IncidentLinker.vetoed(a, profile("i3", "s2", DAY, "Aleppo", "bombing", 5L, null, Set.of(),
        Set.of()))).isTrue();
    assertThat(IncidentLinker.vetoed(a, profile("i4", "s2", DAY, null, "attack", null, null, Set.of(),
        Set.of()))).isFalse();
  }

  @Test
  void clusteringDoesNotChainAWeakThirdIncidentOntoAStrongPair() {
    List<IncidentClusterer.ScoredPair> pairs = List.of(
        new IncidentClusterer.ScoredPair("a", "b", 6.0),
        new IncidentClusterer.ScoredPair("b", "c", 3.5));
    Map<String, String> groups = IncidentClusterer.cluster(List.of("a", "b", "c"), pairs);
    assertThat(groups).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "c");
  }

  @Test
  void clusteringMergesAGroupWhoseMembersAllLinkAndNamesItByTheSmallestId() {
    List<IncidentClusterer.ScoredPair> pairs = List.of(
        new IncidentClusterer.ScoredPair("z", "y", 5.0),
        new IncidentClusterer.ScoredPair("y", "x", 4.0),
        new IncidentClusterer.ScoredPair("x", "z", 4.0),
        new IncidentClusterer.ScoredPair("x", "w", Double.NEGATIVE_INFINITY),
        new IncidentClusterer.ScoredPair("w", "y", 9.0));
    Map<String, String> groups = IncidentClusterer.cluster(List.of("w", "x", "y", "z"), pairs);
    // w-y merge first (strongest); x is vetoed against w, and z links to {w,y} only on average 2.5.
    assertThat(groups.get("w")).isEqualTo("w");
    assertThat(groups.get("y")).isEqualTo("w");
    assertThat(groups.get("x")).isEqualTo("x");
    assertThat(groups.get("z")).isEqualTo("x");
  }

  private static IncidentProfile headlined(String id, String story, LocalDate date, String place, Long killed,
      Set<String> names, Set<String> words, String title) {
    Set<String> headline = new java.util.TreeSet<>();
    IncidentProfile.readHeadline(title, headline);
    return new IncidentProfile(id, Set.of(story), date, date != null, "US", place, "shooting", Set.of("people"),
        killed, null, names, words, headline);
  }

  @Test
  void aReportNamingTheTownOnlyInPassingLinksToOneThatPlacesIt() {
    IncidentProfile placed = profile("i1", "s1", DAY, "Hawthorne", "shooting", 1L, null, Set.of("hecht"),
        Set.of("party", "killed"));
    IncidentProfile passing = profile("i2", "s2", DAY.plusDays(1), null, "shooting", 1L, null,
        Set.of("hawthorne"), Set.of("party", "wounded"));
    IncidentProfile elsewhere = profile("i3", "s3", DAY.plusDays(1), null, "shooting", 1L, null,
        Set.of("compton"), Set.of("store", "wounded"));
    assertThat(IncidentLinker.score(placed, passing)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.score(placed, elsewhere)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void twoUnplacedReportsWhoseHeadlinesNameOneTownShareAPlace() {
    IncidentProfile a = headlined("i1", "s1", DAY, null, 2L, Set.of(), Set.of("nightclub"),
        "Five Shot in Memphis Nightclub Shooting");
    IncidentProfile b = headlined("i2", "s2", DAY, null, 2L, Set.of(), Set.of("club"),
        "Search continues for woman accused of shooting 5 in Memphis club - WREG");
    IncidentProfile state = headlined("i3", "s3", DAY, null, 2L, Set.of(), Set.of("club"),
        "Two killed in Tennessee club shooting");
    assertThat(IncidentLinker.parts(a, b).place()).isEqualTo(1.5);
    assertThat(IncidentLinker.parts(a, state).place()).isZero();
  }

  @Test
  void theOutletsNameAndTownAfterADashAreNotPartOfTheHeadline() {
    Set<String> words = new java.util.TreeSet<>();
    IncidentProfile.readHeadline("2 killed in Rockford's west end - WMC Action News 5 - Memphis, Tennessee", words);
    assertThat(words).contains("rockford").doesNotContain("memphis", "wmc", "tennessee");
  }

  @Test
  void aFollowUpDaysLaterLinksOnlyWhenItSharesNamesAndTheCostOfTheGapLeavesEnough() {
    IncidentProfile first = profile("i1", "s1", DAY, "Hawthorne", "shooting", 1L, 3L, Set.of("hecht", "year"),
        Set.of("party", "killed"));
    IncidentProfile followUp = profile("i2", "s2", DAY.plusDays(4), "Hawthorne", "shooting", 1L, 3L,
        Set.of("hecht", "year"), Set.of("party", "identified"));
    IncidentProfile oneName = profile("i3", "s3", DAY.plusDays(4), "Hawthorne", "shooting", 1L, 3L,
        Set.of("hecht"), Set.of("party", "identified"));
    IncidentProfile weeksLater = profile("i4", "s4", DAY.plusDays(20), "Hawthorne", "shooting", 1L, 3L,
        Set.of("hecht", "year"), Set.of("party", "identified"));
    assertThat(IncidentLinker.score(first, followUp)).isGreaterThanOrEqualTo(IncidentLinker.LINK)
        .isEqualTo(IncidentLinker.parts(first, followUp).total() - 3 * IncidentLinker.FOLLOW_UP_PENALTY_PER_DAY);
    assertThat(IncidentLinker.vetoed(first, oneName)).isFalse();
    assertThat(IncidentLinker.score(first, oneName)).isLessThan(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(first, weeksLater)).isTrue();
  }

  @Test
  void aFollowUpNamingThePeopleOfOneReportJoinsTheIncidentItsOtherReportsFormed() {
    IncidentProfile first = profile("i1", "s1", DAY, "Clewiston", "shooting", 1L, 4L, Set.of("harlem"),
        Set.of("shootings", "dead", "injured"));
    IncidentProfile second = profile("i2", "s2", DAY, "Clewiston", "shooting", 1L, 4L, Set.of("hendry", "harlem"),
        Set.of("shooting", "dead", "injured"));
    IncidentProfile arrest = profile("i3", "s3", DAY.plusDays(8), "Clewiston", "shooting", 1L, null,
        Set.of("hendry", "harlem"), Set.of("arrest", "murder", "deputies"));
    List<IncidentClusterer.ScoredPair> pairs = List.of(
        new IncidentClusterer.ScoredPair("i1", "i2", IncidentLinker.score(first, second)),
        new IncidentClusterer.ScoredPair("i1", "i3", IncidentLinker.score(first, arrest)),
        new IncidentClusterer.ScoredPair("i2", "i3", IncidentLinker.score(second, arrest)));
    assertThat(IncidentLinker.score(first, arrest)).isLessThan(IncidentLinker.LINK);
    assertThat(IncidentClusterer.cluster(List.of("i1", "i2", "i3"), pairs)).containsEntry("i3", "i1");
  }

  @Test
  void namesThatManyIncidentsOfTheRunShareConfirmNothing() {
    IncidentProfile a = profile("i1", "s1", DAY, "Aleppo", "airstrike", 5L, null, Set.of("observatory", "isil"),
        Set.of("raid"));
    IncidentProfile b = profile("i2", "s2", DAY.plusDays(5), "Aleppo", "airstrike", 5L, null,
        Set.of("observatory", "isil"), Set.of("raid"));
    assertThat(IncidentLinker.score(a, b)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.score(a, b, Set.of("observatory", "isil"))).isLessThan(IncidentLinker.LINK);
    assertThat(IncidentLinker.parts(a, b, Set.of("observatory")).names()).isEqualTo(1.5);
  }
  @Test
  void aNameInOneReportsHeadlineAndAnothersSentencesIsShared() {
    IncidentProfile headlined = headlined("i1", "s1", DAY, null, null, Set.of(), Set.of("lounge", "hurt"),
        "Gunfire at Velvet Lounge leaves four hurt");
    IncidentProfile named = profile("i2", "s2", DAY, null, "shooting", null, 4L, Set.of("velvet", "lounge"),
        Set.of("wounded", "bar"));
    IncidentProfile otherBar = profile("i3", "s3", DAY, null, "shooting", null, 4L, Set.of("copper", "tavern"),
        Set.of("wounded", "bar"));
    assertThat(IncidentLinker.parts(headlined, named).names()).isEqualTo(3.0);
    assertThat(IncidentLinker.score(headlined, named)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.parts(headlined, otherBar).names()).isZero();
    assertThat(IncidentLinker.score(headlined, otherBar)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void aHeadlineWordManyIncidentsOfTheRunShareIsNoTownTheyShare() {
    IncidentProfile a = headlined("i1", "s1", DAY, null, 1L, Set.of(), Set.of("porch"),
        "Man Shot on Porch in Memphis");
    IncidentProfile b = headlined("i2", "s2", DAY, null, 1L, Set.of(), Set.of("store"),
        "Man Killed Outside Corner Store");
    IncidentProfile c = headlined("i3", "s3", DAY, null, 1L, Set.of(), Set.of("porch"),
        "Memphis man dies after porch shooting");
    assertThat(IncidentLinker.parts(a, b, Set.of("man")).place()).isZero();
    assertThat(IncidentLinker.parts(a, c, Set.of("man")).place()).isEqualTo(1.5);
  }

  @Test
  void holidaysAreNotNamesAndTitleCaseHeadlineWordsTheSentencesWriteInLowerCaseAreDropped() {
    CasualtyClaim claim = new CasualtyClaim("c1", "a1", Scope.INCIDENT, Category.KILLED, null, "people", null,
        null, NumberReading.exact("one", 1), null, null, DAY, null, null, "US", null, "shooting",
        "One man was killed when a gun went off accidentally at a home on Thanksgiving Day near Birch Hollow.",
        0, 3);
    IncidentProfile p = IncidentProfile.of("i1", List.of(new AlignedClaim(claim, "s1", "outlet", DAY, null,
        "Man Accidentally Shot Dead at Home in Birch Hollow on Thanksgiving")));
    assertThat(p.headline()).contains("birch", "hollow").doesNotContain("accidentally", "home", "thanksgiving");
    assertThat(p.names()).contains("birch", "hollow").doesNotContain("thanksgiving", "day");
  }

  private static IncidentProfile texted(String id, String story, LocalDate date, String place, String event,
      Long killed, Set<String> textNames) {
    return profile(id, story, date, place, event, killed, null, Set.of(), Set.of("shooting")).withTextNames(textNames);
  }

  @Test
  void aTrialWeeksLaterLinksWhenItsTextNamesTheVictimTheSuspectAndTheStreet() {
    IncidentProfile first = texted("i1", "s1", DAY, "Fairview", "shooting", 1L,
        Set.of("okafor", "brannigan", "delmont", "kessler"));
    IncidentProfile trial = texted("i2", "s2", DAY.plusDays(40), null, null, 1L,
        Set.of("okafor", "brannigan", "delmont", "juror"));
    IncidentProfile unread = texted("i3", "s3", DAY.plusDays(40), null, null, 1L, Set.of());
    IncidentProfile yearLater = texted("i4", "s4", DAY.plusDays(IncidentLinker.NAMED_FOLLOW_UP_WINDOW_DAYS + 10),
        null, null, null, Set.of("okafor", "brannigan", "delmont"));
    assertThat(IncidentLinker.score(first, trial)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(first, unread)).isTrue();
    assertThat(IncidentLinker.vetoed(first, yearLater)).isTrue();
  }

  @Test
  void aReportStatingNoDayLinksUpToFourDaysAfterTheStatedDayButNotFourDaysBefore() {
    // "A man was shot dead on Fairview's Elm Street on Saturday" against an undated "Victim of Elm Street shooting
    // named" published the Wednesday after, or the Tuesday before.
    IncidentProfile stated = profile("i1", "s1", DAY, "Fairview", "shooting", 1L, null, Set.of(),
        Set.of("shot", "dead", "elm"));
    IncidentProfile after = new IncidentProfile("i2", Set.of("s2"), DAY.plusDays(4), false, "US", "Fairview",
        "shooting", Set.of("people"), 1L, null, Set.of(), Set.of("victim", "elm", "named"));
    IncidentProfile before = new IncidentProfile("i3", Set.of("s3"), DAY.minusDays(4), false, "US", "Fairview",
        "shooting", Set.of("people"), 1L, null, Set.of(), Set.of("victim", "elm", "named"));
    assertThat(IncidentLinker.window(stated, after)).isEqualTo(IncidentLinker.PUBLISHED_AFTER_WINDOW_DAYS);
    assertThat(IncidentLinker.score(stated, after)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.score(stated, before)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void aPleaYearsLaterLinksWhenItNamesThePeopleAndTellsTheSameTollButNotAnotherToll() {
    // "Two years after the shooting at the Delmont Tavern that killed Ada Okafor, Lee Brannigan pleaded guilty."
    IncidentProfile first = texted("i1", "s1", DAY, "Fairview", "shooting", 1L,
        Set.of("okafor", "brannigan", "delmont", "kessler"));
    IncidentProfile plea = texted("i2", "s2", DAY.plusDays(730), null, null, 1L,
        Set.of("okafor", "brannigan", "delmont"));
    IncidentProfile otherToll = texted("i3", "s3", DAY.plusDays(730), null, null, 3L,
        Set.of("okafor", "brannigan", "delmont"));
    IncidentProfile twoNames = texted("i4", "s4", DAY.plusDays(730), null, null, 1L, Set.of("okafor", "delmont"));
    assertThat(IncidentLinker.sameToll(first, plea)).isTrue();
    assertThat(IncidentLinker.score(first, plea)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(first, otherToll)).isTrue();
    assertThat(IncidentLinker.vetoed(first, twoNames)).isTrue();
  }

  @Test
  void twoShootingsInOneCityWeeksApartWhoseTextsShareOnlyTheSpokesmanAndPrecinctStayApart() {
    IncidentProfile first = texted("i1", "s1", DAY, "Fairview", "shooting", 1L,
        Set.of("okafor", "lindqvist", "precinct"));
    IncidentProfile other = texted("i2", "s2", DAY.plusDays(20), "Fairview", "shooting", 1L,
        Set.of("marchetti", "lindqvist", "precinct"));
    assertThat(IncidentLinker.parts(first, other).text()).isLessThan(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(first, other)).isTrue();
    IncidentProfile abroad = new IncidentProfile("i3", Set.of("s3"), DAY.plusDays(20), true, "CA", null,
        "shooting", Set.of("people"), 1L, null, Set.of(), Set.of("shooting"))
        .withTextNames(Set.of("okafor", "lindqvist"));
    assertThat(IncidentLinker.vetoed(first, abroad)).isTrue();
  }

  @Test
  void aRareNameFilesAnIncidentUnderABlockWhateverItsDate() {
    IncidentProfile first = texted("i1", "s1", DAY, "Fairview", "shooting", 1L, Set.of("okafor"));
    IncidentProfile later = texted("i2", "s2", DAY.plusDays(50), null, null, 1L, Set.of("okafor"));
    assertThat(LinkBlocks.homeKeys(first)).contains(LinkBlocks.homeKey(first));
    assertThat(LinkBlocks.searchKeys(later)).containsAnyElementsOf(LinkBlocks.homeKeys(first));
  }

  @Test
  void aNamedPairLinksThoughOneReportResolvedAnotherTown() {
    IncidentProfile village = texted("i1", "s1", DAY, "Millbrook", "shooting", 4L,
        Set.of("okafor", "brannigan", "delmont"));
    IncidentProfile misread = texted("i2", "s2", DAY, "New York City", "shooting", 4L,
        Set.of("okafor", "brannigan", "delmont"));
    IncidentProfile unnamed = texted("i3", "s3", DAY, "New York City", "shooting", 4L, Set.of("okafor"));
    assertThat(IncidentLinker.score(village, misread)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(village, unnamed)).isTrue();
  }

  private static IncidentProfile worded(String id, String story, LocalDate date, String place, String event,
      Long killed, Set<String> words, Set<String> textNames) {
    return profile(id, story, date, place, event, killed, null, Set.of(), words).withTextNames(textNames);
  }

  @Test
  void twoSharedRareTextNamesConfirmWhatElseTwoReportsShareAndOneConfirmsLess() {
    IncidentProfile first = worded("i1", "s1", DAY, null, "shooting", 1L, Set.of("porch", "teen"),
        Set.of("okafor", "delmont", "kessler"));
    IncidentProfile vigil = worded("i2", "s2", DAY, null, null, null, Set.of("vigil", "candles"),
        Set.of("okafor", "delmont"));
    IncidentProfile neighbour = worded("i3", "s3", DAY, null, null, null, Set.of("vigil", "candles"),
        Set.of("okafor"));
    assertThat(IncidentLinker.parts(first, vigil).text()).isEqualTo(2 * IncidentLinker.PER_TEXT_NAME);
    assertThat(IncidentLinker.score(first, vigil)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.parts(first, neighbour).text()).isEqualTo(IncidentLinker.ONE_TEXT_NAME);
    assertThat(IncidentLinker.score(first, neighbour)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void oneSharedRareTextNameHelpsTwoReportsOfOneDayButNotAMonthApart() {
    IncidentProfile first = worded("i1", "s1", DAY, null, "shooting", 1L, Set.of("porch", "teen", "shot"),
        Set.of("okafor", "kessler"));
    IncidentProfile sameDay = worded("i2", "s2", DAY, null, "shooting", null, Set.of("vigil", "candles", "shot"),
        Set.of("okafor", "marchetti"));
    IncidentProfile monthLater = worded("i3", "s3", DAY.plusDays(30), null, "shooting", null,
        Set.of("vigil", "candles", "shot"), Set.of("okafor", "marchetti"));
    IncidentProfile otherName = worded("i4", "s4", DAY, null, "shooting", null, Set.of("vigil", "candles", "shot"),
        Set.of("marchetti"));
    assertThat(IncidentLinker.score(first, sameDay)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.parts(first, monthLater).text()).isZero();
    assertThat(IncidentLinker.score(first, otherName)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void aStatedDayCountsHalfAgainstAReportOfThatDayStatingNone() {
    IncidentProfile stated = profile("i1", "s1", DAY, null, "shooting", 1L, null, Set.of(), Set.of("teen"));
    IncidentProfile unstated = new IncidentProfile("i2", Set.of("s2"), DAY, false, "US", null, "shooting",
        Set.of("people"), 1L, null, Set.of(), Set.of("porch"));
    IncidentProfile unstatedToo = new IncidentProfile("i3", Set.of("s3"), DAY, false, "US", null, "shooting",
        Set.of("people"), 1L, null, Set.of(), Set.of("porch"));
    IncidentProfile nextDay = new IncidentProfile("i4", Set.of("s4"), DAY.plusDays(1), false, "US", null,
        "shooting", Set.of("people"), 1L, null, Set.of(), Set.of("porch"));
    assertThat(IncidentLinker.parts(stated, unstated).date()).isEqualTo(IncidentLinker.SAME_DAY_REPORT);
    assertThat(IncidentLinker.parts(unstated, stated).date()).isEqualTo(IncidentLinker.SAME_DAY_REPORT);
    assertThat(IncidentLinker.parts(unstated, unstatedToo).date()).isZero();
    assertThat(IncidentLinker.parts(stated, nextDay).date()).isZero();
    assertThat(IncidentLinker.score(stated, unstated)).isLessThan(IncidentLinker.LINK);
  }

  @Test
  void twoSameDayIncidentsInOneCityThatShareOnlyTheSpokesmanStayApart() {
    IncidentProfile porch = worded("i1", "s1", DAY, "Fairview", "shooting", 1L, Set.of("porch", "teen"),
        Set.of("lindqvist", "okafor"));
    IncidentProfile store = worded("i2", "s2", DAY, null, null, null, Set.of("store", "clerk"),
        Set.of("lindqvist", "marchetti"));
    assertThat(IncidentLinker.score(porch, store)).isLessThan(IncidentLinker.LINK);
    IncidentProfile stabbing = worded("i3", "s3", DAY, "Fairview", "stabbing", 1L, Set.of("porch", "teen"),
        Set.of("lindqvist", "marchetti"));
    assertThat(IncidentLinker.vetoed(porch, stabbing)).isTrue();
  }

  @Test
  void twoSharedRareNamesWithinTheWindowOutweighEventWordsThatDisagree() {
    IncidentProfile shooting = worded("i1", "s1", DAY, "Fairview", "shooting", 3L, Set.of("family", "home"),
        Set.of("okafor", "delmont"));
    IncidentProfile murderSuicide = worded("i2", "s2", DAY, "Fairview", "bombing", 3L, Set.of("family", "home"),
        Set.of("okafor", "delmont"));
    IncidentProfile oneName = worded("i3", "s3", DAY, "Fairview", "bombing", 3L, Set.of("family", "home"),
        Set.of("okafor"));
    IncidentProfile weekLater = worded("i4", "s4", DAY.plusDays(7), "Fairview", "bombing", 3L,
        Set.of("family", "home"), Set.of("okafor", "delmont"));
    assertThat(IncidentLinker.vetoed(shooting, murderSuicide)).isFalse();
    assertThat(IncidentLinker.score(shooting, murderSuicide)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(shooting, oneName)).isTrue();
    assertThat(IncidentLinker.vetoed(shooting, weekLater)).isTrue();
  }

  @Test
  void twoSharedRareNamesWithinTheWindowOutweighPlacesThatDoNotContainEachOther() {
    IncidentProfile neighbourhood = worded("i1", "s1", DAY, "Brickhollow", "shooting", 2L, Set.of("party"),
        Set.of("okafor", "delmont"));
    IncidentProfile city = worded("i2", "s2", DAY, "Fairview", "shooting", 2L, Set.of("party"),
        Set.of("okafor", "delmont"));
    IncidentProfile weekLater = worded("i3", "s3", DAY.plusDays(7), "Fairview", "shooting", 2L, Set.of("party"),
        Set.of("okafor", "delmont"));
    IncidentProfile oneName = worded("i4", "s4", DAY, "Fairview", "shooting", 2L, Set.of("party"),
        Set.of("okafor"));
    assertThat(IncidentLinker.vetoed(neighbourhood, city)).isFalse();
    assertThat(IncidentLinker.score(neighbourhood, city)).isGreaterThanOrEqualTo(IncidentLinker.LINK);
    assertThat(IncidentLinker.vetoed(neighbourhood, weekLater)).isTrue();
    assertThat(IncidentLinker.vetoed(neighbourhood, oneName)).isTrue();
  }

  @Test
  void aPairThatMeetsUnderSeveralBlocksIsScoredUnderOneOfThem() {
    IncidentProfile first = texted("i1", "s1", DAY, "Fairview", "shooting", 1L, Set.of("okafor", "delmont"));
    IncidentProfile later = texted("i2", "s2", DAY.plusDays(2), null, null, 1L, Set.of("okafor", "delmont"));
    IncidentProfile abroad = new IncidentProfile("i3", Set.of("s3"), DAY.plusDays(100), true, "CA", null,
        "shooting", Set.of("people"), 1L, null, Set.of(), Set.of("shooting"));
    String key = LinkBlocks.meetingKey(first, later);
    assertThat(key).isEqualTo(LinkBlocks.homeKey(first));
    assertThat(LinkBlocks.searchKeys(later)).contains(key);
    assertThat(LinkBlocks.meetingKey(first, abroad)).isNull();
  }
}
