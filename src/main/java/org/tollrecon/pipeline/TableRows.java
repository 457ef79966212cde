package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.ingest.QuarantineRecord;
import org.tollrecon.report.ContractRows;
import org.tollrecon.report.ContractTable;
import scala.Tuple2;

/** The contract rows of the claim, article and quarantine tables, from the stages' datasets. */
final class TableRows {
  private TableRows() {}

  static Dataset<Row> claims(Dataset<AlignedClaim> aligned) {
    return aligned.map((MapFunction<AlignedClaim, Row>) a -> ContractFrames.toRow(ContractRows.claim(a)),
        ContractFrames.encoder(ContractTable.CLAIMS));
  }

  static Dataset<Row> quarantine(Dataset<QuarantineRecord> quarantine) {
    return quarantine.map((MapFunction<QuarantineRecord, Row>) q -> ContractFrames.toRow(ContractRows.quarantine(q)),
        ContractFrames.encoder(ContractTable.QUARANTINE));
  }

  /** Processed articles with their claim counts, then quarantined records that had an id. */
  static Dataset<Row> articles(
      Dataset<StoriedArticle> storied, Dataset<AlignedClaim> aligned, Dataset<QuarantineRecord> quarantine) {
    Dataset<Row> claimCounts = aligned
        .map((MapFunction<AlignedClaim, String>) a -> a.claim().articleId(), Encoders.STRING())
        .groupBy(col("value").as("counted_id")).agg(count("*").as("n_claims"));
    Dataset<Tuple2<String, StoriedArticle>> keyed = storied.map(
        (MapFunction<StoriedArticle, Tuple2<String, StoriedArticle>>) s -> new Tuple2<>(s.article().id(), s),
        Encoders.tuple(Encoders.STRING(), ExtractStage.STORIED));
    Dataset<Row> processed = keyed
        .joinWith(claimCounts, keyed.col("_1").equalTo(claimCounts.col("counted_id")), "left_outer")
        .map((MapFunction<Tuple2<Tuple2<String, StoriedArticle>, Row>, Row>) t -> ContractFrames.toRow(
                ContractRows.article(t._1()._2().article(), t._1()._2().storyId(),
                    t._2() == null ? 0L : t._2().getLong(1))),
            ContractFrames.encoder(ContractTable.ARTICLES));
    Dataset<Row> setAside = quarantine
        .filter((FilterFunction<QuarantineRecord>) q -> q.articleId() != null && !q.articleId().isBlank())
        .map((MapFunction<QuarantineRecord, Row>) q -> ContractFrames.toRow(ContractRows.quarantinedArticle(q)),
            ContractFrames.encoder(ContractTable.ARTICLES));
    return processed.union(setAside);
  }
}
