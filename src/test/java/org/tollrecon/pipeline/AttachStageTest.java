package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Scope;
import org.tollrecon.ingest.Article;

/** The attach stage moves claimless stories to the incident they name, on the shared test session. */
class AttachStageTest {
  private final SparkSession spark = SparkTestSession.get();
  private static final LocalDate DAY = LocalDate.of(2016, 3, 5);

  private static StoriedArticle article(String id, String outlet, LocalDate published, String title, String text) {
    return new StoriedArticle(new Article(id, null, outlet, false, published, false, title, text, null), "s-" + id);
  }

  private static AlignedClaim claim(String article, String sentence) {
    CasualtyClaim c = new CasualtyClaim(article + "-0", article, Scope.INCIDENT, Category.KILLED, null, "people", null,
        null, NumberReading.exact("one", 1), null, null, DAY, null, "Brookhaven", "US", "Brookhaven", "shooting",
        sentence, 0, 10);
    return new AlignedClaim(c, "s-" + article, "outlet", DAY, "inc-delmont", null);
  }

  @Test
  void aClaimlessFollowUpIsAttachedAndAStoryNamingNothingOfItIsNot() {
    List<StoriedArticle> articles = List.of(
        article("a1", "north.example", DAY, "Man killed on Delmont Avenue",
            "One man was killed Saturday on Delmont Avenue. Police named him as Tarrance Okonkwo, 31. "
                + "Witnesses saw a man called Jaylen Wexley run from the scene."),
        article("a2", "south.example", DAY.plusDays(9), "Arrest in Brookhaven killing",
            "Detectives arrested Jaylen Wexley on Monday in the death of Tarrance Okonkwo on Delmont Avenue."),
        article("a3", "east.example", DAY.plusDays(2), "Library reopens",
            "The Marlow Street library reopened Monday after repairs, librarian Ines Castellano said."));
    List<AlignedClaim> claims = List.of(claim("a1", "One man was killed Saturday on Delmont Avenue."));
    Dataset<StoriedArticle> storied = spark.createDataset(articles, Encoders.javaSerialization(StoriedArticle.class));
    Dataset<AlignedClaim> linked = spark.createDataset(claims, DomainEncoders.ALIGNED);
    Dataset<Row> names = LinkStage.rareTextNames(storied, 1000);
    Map<String, String> attached = new HashMap<>();
    for (Row r : AttachStage.attachments(linked, storied, names).collectAsList()) {
      attached.put(r.getString(1), r.getString(0));
    }
    assertThat(attached).containsExactly(Map.entry("a2", "inc-delmont"));
  }
}
