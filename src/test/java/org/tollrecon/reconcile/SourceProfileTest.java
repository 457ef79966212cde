package org.tollrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.tollrecon.reconcile.ClaimBuilder.in;
import static org.tollrecon.reconcile.Readings.exact;
import static org.tollrecon.reconcile.Readings.none;
import static org.tollrecon.reconcile.ReconcilerTest.INCIDENT_A;
import static org.tollrecon.reconcile.ReconcilerTest.SOHR;
import static org.tollrecon.reconcile.ReconcilerTest.SPOKESMAN;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceProfileTest {

  private final List<SourceObservation> incidentA =
      new Reconciler().reconcile("A", INCIDENT_A).figures().stream()
          .flatMap(f -> SourceObservation.from(f).stream())
          .toList();

  @Test
  void incidentAKilledGivesOneObservationPerCitedSourceAndOutlet() {
    assertThat(incidentA.stream().filter(o -> o.category().equals("killed")))
        .extracting(SourceObservation::name, SourceObservation::role, SourceObservation::point,
            SourceObservation::best, SourceObservation::isHigh, SourceObservation::isLow)
        .containsExactly(
            tuple("Associated Press", "outlet", 24L, 78L, false, false), // vague among numbers: neither
            tuple(SOHR, "cited", 78L, 78L, true, false),
            tuple("Associated Press", "outlet", 78L, 78L, true, false),
            tuple(SPOKESMAN, "cited", 51L, 78L, false, true),
            tuple("Dawn", "outlet", 51L, 78L, false, true));
  }

  @Test
  void summarisesAnOutletAcrossFigures() {
    SourceProfile ap = profile("Associated Press", "outlet");

    assertThat(ap).extracting(SourceProfile::nClaims, SourceProfile::nIncidents, SourceProfile::nHigh,
        SourceProfile::nLow).containsExactly(3L, 1L, 2L, 0L);
    assertThat(ap.medianRatio()).isEqualTo(1.0); // 24/78, 78/78, 89/89
  }

  @Test
  void summarisesACitedSource() {
    SourceProfile sohr = profile(SOHR, "cited");

    assertThat(sohr.medianRatio()).isCloseTo(1.0, offset(1e-9)); // 78/78, 89/89
    assertThat(sohr.nHigh()).isEqualTo(2);
  }

  @Test
  void aLoneFigureIsNeitherHighNorLowAndAZeroBestGivesNoRatio() {
    Figure zero = new Reconciler().reconcile("F", List.of(
        in("003", "Al Jazeera", "2018-09-08", "s3").by(SOHR).says("f-1", none()),
        in("006", "Reuters", "2018-09-08", "s6").by(SOHR).says("f-2", none()))).figures().get(0);
    List<SourceObservation> observations = SourceObservation.from(zero);

    assertThat(observations).noneMatch(o -> o.isHigh() || o.isLow());
    assertThat(SourceProfile.summarise(SOHR, "cited", observations.stream().filter(o -> o.role().equals("cited"))
        .toList())).extracting(SourceProfile::nClaims, SourceProfile::medianRatio).containsExactly(2L, null);
  }

  @Test
  void theOutletVoiceHasNoCitedObservation() {
    Figure own = new Reconciler().reconcile("B", List.of(
        in("001", "Associated Press", "2020-10-27", "ap-1").says("b-1", exact(12)))).figures().get(0);

    assertThat(SourceObservation.from(own)).extracting(SourceObservation::name, SourceObservation::role)
        .containsExactly(tuple("Associated Press", "outlet"));
  }

  @Test
  void refusesAnotherSourcesObservation() {
    assertThatThrownBy(() -> SourceProfile.summarise("Dawn", "outlet", incidentA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given to the profile of Dawn/outlet");
  }

  private SourceProfile profile(String name, String role) {
    return SourceProfile.summarise(name, role,
        incidentA.stream().filter(o -> o.name().equals(name) && o.role().equals(role)).toList());
  }
}
