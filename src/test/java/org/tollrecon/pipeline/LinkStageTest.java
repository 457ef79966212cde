package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.IncidentProfile;

class LinkStageTest {
  private final SparkSession spark = SparkTestSession.get();

  private static IncidentProfile profile(String id, Set<String> names) {
    return new IncidentProfile(id, Set.of("s-" + id), LocalDate.of(2016, 7, 4), true, "SY", null, "airstrike",
        Set.of("civilians"), null, null, names, Set.of());
  }

  @Test
  void namesThatAtLeastThreeIncidentsShareAreCommonAndRareNamesAreNot() {
    List<IncidentProfile> profiles = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      profiles.add(profile("i" + i, i < 2 ? Set.of("observatory", "hamdan") : Set.of("observatory")));
    }
    Set<String> common = LinkStage.commonNames(
        spark.createDataset(profiles, Encoders.javaSerialization(IncidentProfile.class)));
    assertThat(common).containsExactly("observatory");
  }
}
