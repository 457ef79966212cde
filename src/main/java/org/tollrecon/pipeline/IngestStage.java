package org.tollrecon.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tollrecon.ingest.Admission;
import org.tollrecon.ingest.Article;
import org.tollrecon.ingest.ArticleScreen;
import org.tollrecon.ingest.DuplicateIds;
import org.tollrecon.ingest.InputFormat;
import org.tollrecon.ingest.IntakeLimits;
import org.tollrecon.ingest.QuarantineRecord;
import org.tollrecon.ingest.RawRecord;

/**
 * Ingest (DESIGN.md section 1.1): resolves the inputs, reads every record, marks repeated ids, and screens
 * and cleans each record with {@link ArticleScreen}. Gives the accepted articles and the quarantine rows,
 * which together account for every input record.
 */
final class IngestStage {
  private static final Encoder<Admission> ADMISSION = Encoders.javaSerialization(Admission.class);

  private final SparkSession spark;
  private final IntakeLimits limits;

  IngestStage(SparkSession spark, IntakeLimits limits) {
    this.spark = spark;
    this.limits = limits;
  }

  /** What ingest gives: the articles to process and the records set aside, with the number of inputs. */
  record Ingested(Dataset<Article> articles, Dataset<QuarantineRecord> quarantine, int inputs) {}

  Ingested run(List<String> inputs, Optional<InputFormat> format) throws IOException {
    InputResolver.Resolution resolution =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), format).resolve(inputs);
    Dataset<RawRecord> raw = new RawRecordReader(spark).read(resolution.sources());
    Dataset<Admission> admissions = screen(markDuplicateIds(raw), limits)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Article> articles = admissions
        .filter((FilterFunction<Admission>) Admission::accepted)
        .map((MapFunction<Admission, Article>) Admission::article, DomainEncoders.ARTICLE);
    Dataset<QuarantineRecord> rejected = admissions
        .filter((FilterFunction<Admission>) a -> !a.accepted())
        .map((MapFunction<Admission, QuarantineRecord>) Admission::rejection, DomainEncoders.QUARANTINE)
        .union(spark.createDataset(resolution.unreadable(), DomainEncoders.QUARANTINE));
    return new Ingested(articles, rejected, resolution.sources().size());
  }

  static Dataset<RawRecord> markDuplicateIds(Dataset<RawRecord> raw) {
    return raw.groupByKey((MapFunction<RawRecord, String>) DuplicateIds::keyOf, Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, RawRecord, RawRecord>) (id, records) ->
                DuplicateIds.markCopies(records).iterator(),
            DomainEncoders.RAW);
  }

  static Dataset<Admission> screen(Dataset<RawRecord> raw, IntakeLimits limits) {
    ArticleScreen screen = new ArticleScreen(limits);
    return raw.map((MapFunction<RawRecord, Admission>) screen::admit, ADMISSION);
  }
}
