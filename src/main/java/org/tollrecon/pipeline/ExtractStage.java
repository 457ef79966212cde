package org.tollrecon.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.ArticleText;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.ReadingsTable;
import org.tollrecon.extract.SentenceClaimExtractor;
import org.tollrecon.ingest.Article;
import scala.Tuple2;

/**
 * Extraction (DESIGN.md section 1.3): attaches each article's story id and reads its claims with the
 * plain-Java {@link SentenceClaimExtractor}, one extractor per partition. Gives claims that carry their
 * article's outlet, date and story, not yet aligned to incidents.
 */
final class ExtractStage {
  static final Encoder<StoriedArticle> STORIED = Encoders.javaSerialization(StoriedArticle.class);

  private final ReadingsTable readings;

  ExtractStage(ReadingsTable readings) {
    this.readings = readings;
  }

  static Dataset<StoriedArticle> withStories(Dataset<Article> articles, Dataset<Row> storyIds) {
    Dataset<Tuple2<String, Article>> keyed =
        articles.map((MapFunction<Article, Tuple2<String, Article>>) a -> new Tuple2<>(a.id(), a),
            Encoders.tuple(Encoders.STRING(), DomainEncoders.ARTICLE));
    return keyed.joinWith(storyIds, keyed.col("_1").equalTo(storyIds.col("article_id")))
        .map((MapFunction<Tuple2<Tuple2<String, Article>, Row>, StoriedArticle>)
            t -> new StoriedArticle(t._1()._2(), t._2().getAs("story_id")), STORIED);
  }

  Dataset<AlignedClaim> claims(Dataset<StoriedArticle> articles) {
    return articles.flatMap(new ClaimReader(readings), DomainEncoders.ALIGNED);
  }

  /** Reads one article's claims; the extractor is built once per task, on first use, not shipped. */
  static final class ClaimReader implements FlatMapFunction<StoriedArticle, AlignedClaim> {
    private final ReadingsTable readings;
    private transient SentenceClaimExtractor extractor;

    ClaimReader(ReadingsTable readings) {
      this.readings = readings;
    }

    @Override
    public Iterator<AlignedClaim> call(StoriedArticle s) {
      if (extractor == null) {
        extractor = new SentenceClaimExtractor(readings);
      }
      Article a = s.article();
      List<CasualtyClaim> claims = extractor.extract(new ArticleText(a.id(), a.text(), a.published()));
      List<AlignedClaim> out = new ArrayList<>(claims.size());
      for (CasualtyClaim c : claims) {
        out.add(new AlignedClaim(c, s.storyId(), a.source(), a.published(), null, a.title()));
      }
      return out.iterator();
    }
  }
}
