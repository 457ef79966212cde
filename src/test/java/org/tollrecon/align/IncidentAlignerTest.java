package org.tollrecon.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Scope;

class IncidentAlignerTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 9, 8);

  /** A killed claim at {@code offset}; place, date and event may be null. */
  private static AlignedClaim claim(String article, String story, int offset, String place, LocalDate date,
      String event, String sentence) {
    CasualtyClaim c = new CasualtyClaim(article + "-" + offset, article, Scope.INCIDENT, Category.KILLED, null,
        "people", null, null, NumberReading.exact("10", 10), null, null, date, null, place,
        place == null ? null : "SY", place, event, sentence, offset, offset + 2);
    return new AlignedClaim(c, story, "outlet", PUBLISHED, null);
  }

  private static Map<String, String> incidentOf(List<AlignedClaim> aligned) {
    return aligned.stream().collect(Collectors.toMap(a -> a.claim().claimId(), AlignedClaim::incidentId));
  }

  @Test
  void claimsInDifferentPlacesOfOneArticleAreDifferentIncidents() {
    List<AlignedClaim> story = List.of(
        claim("a", "s", 10, "Qalaat al-Madiq", PUBLISHED, "shelling", "s1"),
        claim("a", "s", 50, null, null, null, "s2"),
        claim("a", "s", 90, "Maharda", PUBLISHED.minusDays(1), "shelling", "s3"),
        claim("a", "s", 130, "Qamishli", null, "clashes", "s4"));
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(story));
    assertThat(ids.get("a-50")).isEqualTo(ids.get("a-10"));
    assertThat(List.of(ids.get("a-10"), ids.get("a-90"), ids.get("a-130"))).doesNotHaveDuplicates();
  }

  @Test
  void aClaimNamingAnEarlierPlaceRejoinsItsIncident() {
    List<AlignedClaim> story = List.of(
        claim("a", "s", 10, "Halfaya", null, "shelling", "s1"),
        claim("a", "s", 50, "Morek", null, "shelling", "s2"),
        claim("a", "s", 90, "Halfaya", null, null, "s3"));
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(story));
    assertThat(ids.get("a-90")).isEqualTo(ids.get("a-10")).isNotEqualTo(ids.get("a-50"));
  }

  @Test
  void copiesOfOneStoryShareTheRepresentativesIncidents() {
    List<AlignedClaim> story = List.of(
        claim("full", "s", 100, null, PUBLISHED, "airstrike", "The strike killed 10."),
        claim("full", "s", 400, "Latakia", PUBLISHED, "shelling", "Shelling killed 10 in Latakia."),
        claim("short", "s", 80, null, PUBLISHED.plusDays(1), "airstrike", "BEIRUT: The strike killed 10."));
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(story));
    assertThat(ids.get("short-80")).isEqualTo(ids.get("full-100"));
  }

  @Test
  void sameplaceAndDayInOtherStoriesMeetsInOneIncidentButUnplacedClaimsDoNot() {
    List<AlignedClaim> one = IncidentAligner.alignStory(List.of(
        claim("a", "s1", 10, "Salhab", PUBLISHED, "shelling", "x"),
        claim("a", "s1", 90, null, PUBLISHED, "bombing", "y")));
    List<AlignedClaim> two = IncidentAligner.alignStory(List.of(
        claim("b", "s2", 30, "Salhab", PUBLISHED, "shelling", "z"),
        claim("b", "s2", 70, null, PUBLISHED, "bombing", "w")));
    assertThat(incidentOf(one).get("a-10")).isEqualTo(incidentOf(two).get("b-30"));
    assertThat(incidentOf(one).get("a-90")).isNotEqualTo(incidentOf(two).get("b-70"));
  }

  @Test
  void differentWeekdaysSplitIncidentsWhenDatesCannotBeResolved() {
    CasualtyClaim friday = withDateText(claim("a", "s", 10, "Halfaya", null, "shelling", "s1").claim(), "on Friday");
    CasualtyClaim saturday = withDateText(claim("a", "s", 90, "Halfaya", null, null, "s2").claim(), "On Saturday");
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(List.of(
        new AlignedClaim(friday, "s", "outlet", null, null), new AlignedClaim(saturday, "s", "outlet", null, null))));
    assertThat(ids.get("a-10")).isNotEqualTo(ids.get("a-90"));
  }

  @Test
  void aPlaceThatIsOnlyTheCountryNeitherSplitsNorNamesAnIncident() {
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, "Syria", null, "shelling", "in northwest Syria"),
        claim("a", "s", 50, "Hass", null, "shelling", "in Hass"))));
    assertThat(ids.get("a-10")).isEqualTo(ids.get("a-50"));
  }

  @Test
  void aPlacedClaimDoesNotTakeOverAnUnplacedIncidentWithoutASharedFact() {
    LocalDate monday = LocalDate.of(2020, 10, 26);
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, null, monday, "attack", "a deadly attack that killed dozens a day earlier"),
        claim("a", "s", 50, "Latakia", null, "shelling", "12 soldiers were killed in the barrage"),
        claim("a", "s", 90, null, monday, "airstrike", "The Monday airstrike killed more than 50"),
        claim("a", "s", 130, null, null, "airstrike", "put the toll at 78"))));
    assertThat(ids.get("a-50")).isNotEqualTo(ids.get("a-10"));
    assertThat(ids.get("a-90")).isEqualTo(ids.get("a-10")).isEqualTo(ids.get("a-130"));
  }

  @Test
  void aPartOfATollStaysWithItsTotalThoughItNamesAnotherPlace() {
    AlignedClaim toll = claim("a", "s", 10, "Idlib", PUBLISHED, "airstrike", "Air raids killed 10 in Idlib");
    AlignedClaim other = claim("a", "s", 50, "Hama", PUBLISHED, "shelling", "Shelling killed 10 in Hama");
    AlignedClaim part = claim("a", "s", 90, "Saraqeb", null, null, "Three children were among the dead in Saraqeb");
    AlignedClaim subset = new AlignedClaim(part.claim().withSubsetOf(toll.claim().claimId()), "s", "outlet",
        PUBLISHED, null);
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(List.of(toll, other, subset)));
    assertThat(ids.get("a-90")).isEqualTo(ids.get("a-10")).isNotEqualTo(ids.get("a-50"));
    assertThat(incidentOf(IncidentAligner.alignStory(List.of(toll, other, part))).get("a-90"))
        .isNotEqualTo(ids.get("a-10"));
  }

  @Test
  void aLaterDeathStaysWithTheShootingThoughItsDayIsLater() {
    LocalDate tuesday = LocalDate.of(2019, 3, 5);
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, "Millbrook", tuesday, "shooting", "Two men were shot in Millbrook on Tuesday night."),
        claim("a", "s", 90, null, tuesday.plusDays(3), "shooting", "Hollis died of his wounds on Friday."))));
    assertThat(ids.get("a-90")).isEqualTo(ids.get("a-10"));
  }

  @Test
  void aShootingToldAfterTheDeathJoinsItAndGivesTheIncidentItsDay() {
    LocalDate thursday = LocalDate.of(2019, 3, 7);
    List<AlignedClaim> deathFirst = List.of(
        claim("a", "s", 10, "Millbrook", thursday.plusDays(2), "shooting", "Hollis died on Saturday morning."),
        claim("a", "s", 90, "Millbrook", thursday, "shooting", "Four people were shot on Thursday in Millbrook."));
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(deathFirst));
    assertThat(ids.get("a-90")).isEqualTo(ids.get("a-10"));
    String shootingOnly = incidentOf(IncidentAligner.alignStory(List.of(deathFirst.get(1)))).get("a-90");
    assertThat(ids.get("a-10")).isEqualTo(shootingOnly);
  }

  @Test
  void aDeathAtAHospitalInAnotherTownStaysWithTheShooting() {
    Map<String, String> ids = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, "Millbrook", PUBLISHED, "shooting", "A teenager was shot in Millbrook."),
        claim("a", "s", 90, "Fairhaven", null, "shooting",
            "He was taken to St. Anne's Hospital in Fairhaven, where he was pronounced dead."))));
    assertThat(ids.get("a-90")).isEqualTo(ids.get("a-10"));
  }

  @Test
  void aDeathInAnotherTownOrBeforeTheShootingIsAnotherIncident() {
    LocalDate wednesday = LocalDate.of(2019, 3, 6);
    Map<String, String> elsewhere = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, "Millbrook", wednesday, "shooting", "A teenager was shot in Millbrook on Wednesday."),
        claim("a", "s", 90, "Fairhaven", null, "shooting", "In Fairhaven, a woman died after being shot."))));
    assertThat(elsewhere.get("a-90")).isNotEqualTo(elsewhere.get("a-10"));
    Map<String, String> earlier = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, "Millbrook", wednesday, "shooting", "A teenager was shot in Millbrook on Wednesday."),
        claim("a", "s", 90, null, wednesday.minusDays(2), "shooting", "A man died in a shooting on Monday."))));
    assertThat(earlier.get("a-90")).isNotEqualTo(earlier.get("a-10"));
    Map<String, String> noDeath = incidentOf(IncidentAligner.alignStory(List.of(
        claim("a", "s", 10, "Millbrook", wednesday, "shooting", "A teenager was shot in Millbrook on Wednesday."),
        claim("a", "s", 90, null, wednesday.plusDays(2), "shooting", "A man was shot and killed on Friday."))));
    assertThat(noDeath.get("a-90")).isNotEqualTo(noDeath.get("a-10"));
  }

  private static CasualtyClaim withDateText(CasualtyClaim c, String dateText) {
    return new CasualtyClaim(c.claimId(), c.articleId(), c.scope(), c.category(), c.unit(), c.victims(),
        c.victimsText(), c.side(), c.reading(), c.subsetOf(), c.attributedTo(), c.eventDate(), dateText,
        c.location(), c.country(), c.locationText(), c.eventType(), c.sentence(), c.charStart(), c.charEnd());
  }

  @Test
  void aggregateClaimsGetNoIncident() {
    CasualtyClaim c = new CasualtyClaim("agg", "a", Scope.AGGREGATE, Category.KILLED, null, "people", null, null,
        new NumberReading("at least 26", 26, null, 26, org.tollrecon.extract.Qualifier.AT_LEAST), null, null, null,
        null, null, null, null, null, "At least 26 killed since the beginning of the month.", 0, 11);
    List<AlignedClaim> out = IncidentAligner.alignStory(List.of(new AlignedClaim(c, "s", "o", PUBLISHED, null)));
    assertThat(out).singleElement().extracting(AlignedClaim::incidentId).isNull();
  }
}
