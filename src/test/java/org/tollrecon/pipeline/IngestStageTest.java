package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollrecon.ingest.Article;
import org.tollrecon.ingest.IntakeLimits;
import org.tollrecon.ingest.QuarantineRecord;

/** Ingest over each input format on the shared session: what becomes an article, what is set aside. */
class IngestStageTest {
  private static final String BODY =
      "At least 12 people were killed on Monday when shelling hit the market in the town, local officials said.";

  private final SparkSession spark = SparkTestSession.get();

  @TempDir Path tmp;

  private IngestStage.Ingested ingest(String... inputs) throws IOException {
    return new IngestStage(spark, IntakeLimits.defaults()).run(List.of(inputs), Optional.empty());
  }

  @Test
  void csvRowsAreArticlesAndAMalformedRowIsQuarantinedByRecordNumber() throws IOException {
    Path csv = tmp.resolve("news.csv");
    Files.writeString(csv, "id,source,published,text\r\n"
        + "c1,Wire,2020-01-02,\"" + BODY + "\"\r\n"
        + "c2,Wire,2020-01-03,\"Two lines,\nstill one record: " + BODY + "\"\r\n"
        + "c3,Wire\r\n", StandardCharsets.UTF_8);
    IngestStage.Ingested in = ingest(csv.toString());
    assertThat(in.articles().collectAsList()).extracting(Article::id).containsExactlyInAnyOrder("c1", "c2");
    List<QuarantineRecord> q = in.quarantine().collectAsList();
    assertThat(q).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(3);
      assertThat(r.articleId()).isEqualTo("c3");
    });
  }

  @Test
  void parquetFoldersAndGlobsAreRead() throws IOException {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.DateType);
    spark.createDataFrame(List.of(RowFactory.create("p1", BODY, java.time.LocalDate.of(2021, 5, 1))), schema)
        .write().parquet(tmp.resolve("table").toString());
    Files.writeString(tmp.resolve("a.jsonl"), "{\"id\":\"j1\",\"text\":\"" + BODY + "\"}\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("b.jsonl"), "{\"id\":\"j2\",\"text\":\"" + BODY + "\"}\n", StandardCharsets.UTF_8);
    IngestStage.Ingested in = ingest(tmp.resolve("table").toString(), tmp.resolve("*.jsonl").toString());
    List<Article> articles = in.articles().collectAsList();
    assertThat(articles).extracting(Article::id).containsExactlyInAnyOrder("p1", "j1", "j2");
    assertThat(articles).filteredOn(a -> a.id().equals("p1")).singleElement()
        .extracting(Article::published).isEqualTo(java.time.LocalDate.of(2021, 5, 1));
  }

  @Test
  void textFoldersTakeTheirMetadataAndRepeatedIdsAreQuarantined() throws IOException {
    // The first copy of an id is the first by input path, then line: here the text file.
    Path folder = Files.createDirectories(tmp.resolve("txt"));
    Files.writeString(folder.resolve("t1.txt"), BODY, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("metadata.csv"), "id,source,published,url,title\nt1,Daily,2019-03-04,,\n");
    Files.writeString(tmp.resolve("zz-again.jsonl"), "{\"id\":\"t1\",\"text\":\"" + BODY + "\"}\n");
    IngestStage.Ingested in = ingest(folder.toString(), tmp.resolve("zz-again.jsonl").toString(),
        tmp.resolve("missing/*.jsonl").toString());
    assertThat(in.articles().collectAsList()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("Daily");
      assertThat(a.published()).isEqualTo(java.time.LocalDate.of(2019, 3, 4));
    });
    assertThat(in.quarantine().collectAsList()).extracting(QuarantineRecord::reason)
        .anySatisfy(r -> assertThat(r).startsWith("duplicate_id: first seen in "))
        .anySatisfy(r -> assertThat(r).isEqualTo("unreadable_input: no file matches this path"));
  }
}
