package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.IncidentProfile;
import org.tollrecon.ingest.Article;

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

  private static StoriedArticle article(String story, String outlet, String text) {
    return new StoriedArticle(new Article("a-" + story, null, outlet, false, null, false, null, text, null), story);
  }

  @Test
  void aStoryKeepsTheNamesFewStoriesShareButNotOneOutletsRecurringName() {
    List<StoriedArticle> articles = List.of(
        article("s1", "north.example", "A man was shot by Brannigan. The Lindqvist report follows."),
        article("s2", "south.example", "Jurors heard that Brannigan fired twice."),
        article("s3", "north.example", "A woman was hurt. The Lindqvist report follows."),
        article("s4", "north.example", "A boy was hurt. The Lindqvist report follows."));
    Map<String, List<String>> names = new HashMap<>();
    LinkStage.rareTextNames(spark.createDataset(articles, Encoders.javaSerialization(StoriedArticle.class)), 1000)
        .collectAsList().forEach(r -> names.put(r.getString(0), r.getList(1)));
    assertThat(names.get("s1")).containsExactly("brannigan");
    assertThat(names.get("s2")).containsExactly("brannigan");
    assertThat(names).doesNotContainKey("s3");
  }
}
