package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tollrecon.align.ContentIds;
import org.tollrecon.align.Shingles;
import org.tollrecon.ingest.Article;

/**
 * Syndication groups (DESIGN.md section 1.2): MinHash LSH over word shingles proposes pairs of articles
 * (no all-pairs comparison); a pair is two copies of one story when the smaller article's shingles are
 * almost all in the larger one (containment, which a copy cut short keeps while its Jaccard similarity
 * drops). Copies are then joined transitively by iterated minimum-label propagation, and each group is
 * named by its smallest article id. Gives {@code (article_id, story_id)} for every article.
 */
final class DedupeStage {
  static final StructType SHINGLED =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("shingles", DataTypes.createArrayType(DataTypes.StringType), false);

  private static final UserDefinedFunction CONTAINMENT =
      functions.udf((UDF3<Double, Integer, Integer, Double>) (d, a, b) -> Shingles.containment(d, a, b),
          DataTypes.DoubleType);

  private final DedupeSettings settings;

  DedupeStage(DedupeSettings settings) {
    this.settings = settings;
  }

  Dataset<Row> storyIds(Dataset<Article> articles) {
    int words = settings.shingleWords();
    Dataset<Row> shingled =
        articles.map((MapFunction<Article, Row>) a -> RowFactory.create(a.id(),
                Shingles.of(a.text(), words).toArray(String[]::new)), Encoders.row(SHINGLED))
            .withColumn("n", size(col("shingles")));
    Dataset<Row> edges = copyPairs(shingled.filter(col("n").gt(0))).localCheckpoint();
    Dataset<Row> labels = edges.isEmpty()
        ? edges.select(col("a").as("vertex"), col("a").as("label"))
        : ConnectedComponents.of(edges);
    Dataset<Row> ids = shingled.select(col("article_id"))
        .join(labels, shingled.col("article_id").equalTo(labels.col("vertex")), "left_outer")
        .select(col("article_id"), functions.coalesce(col("label"), col("article_id")).as("group"));
    return ids.map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), ContentIds.storyId(r.getString(1))),
            Encoders.row(new StructType().add("article_id", DataTypes.StringType).add("story_id", DataTypes.StringType)))
        .localCheckpoint();
  }

  /** Pairs (a, b), a < b, of articles that are copies of one story. */
  Dataset<Row> copyPairs(Dataset<Row> shingled) {
    HashingTF tf = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(1 << 20).setBinary(true);
    Dataset<Row> vectors = tf.transform(shingled).persist(StorageLevel.MEMORY_AND_DISK());
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(settings.hashTables()).setSeed(settings.seed())
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    return model.approxSimilarityJoin(vectors, vectors, settings.maxJaccardDistance(), "distance")
        .filter(col("datasetA.article_id").lt(col("datasetB.article_id")))
        .select(col("datasetA.article_id").as("a"), col("datasetB.article_id").as("b"),
            CONTAINMENT.apply(col("distance"), col("datasetA.n"), col("datasetB.n")).as("containment"),
            least(col("datasetA.n"), col("datasetB.n")).as("smaller"))
        .filter(col("containment").geq(settings.minContainment()).and(col("smaller").geq(settings.minShingles())))
        .select("a", "b");
  }
}
