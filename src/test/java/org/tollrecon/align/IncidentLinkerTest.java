package org.tollrecon.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
  void statedDatesMoreThanADayApartOrDifferentEventsVeto() {
    IncidentProfile a = profile("i1", "s1", DAY, "Aleppo", "airstrike", 5L, null, Set.of(), Set.of());
    assertThat(IncidentLinker.vetoed(a, profile("i2", "s2", DAY.plusDays(2), "Aleppo", "airstrike", 5L, null,
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
}
