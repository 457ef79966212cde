package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tollrecon.ingest.JsonLineParser;
import org.tollrecon.ingest.QuarantineReason;
import org.tollrecon.ingest.RawRecord;
import org.tollrecon.ingest.TextFileReader;
import scala.Tuple2;

/**
 * Reads each {@link InputSource} into {@link RawRecord}s that keep where they came from: the input's path
 * and the 1-based line (JSON Lines), the 1-based record number after the header (CSV, Parquet), or 0 for a
 * whole {@code .txt} file. Parsing is left to plain-Java readers; this class only moves the bytes.
 */
final class RawRecordReader {
  static final List<String> FIELDS = List.of("id", "url", "source", "published", "title", "text");
  private static final String CORRUPT = "_corrupt_record";

  private final SparkSession spark;
  private final JavaSparkContext jsc;

  RawRecordReader(SparkSession spark) {
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  Dataset<RawRecord> read(List<InputSource> sources) {
    Dataset<RawRecord> all = spark.emptyDataset(DomainEncoders.RAW);
    for (InputSource source : sources) {
      all = all.union(readOne(source));
    }
    return all;
  }

  private Dataset<RawRecord> readOne(InputSource source) {
    return switch (source.format()) {
      case JSONL -> spark.createDataset(jsonLines(source.path()).rdd(), DomainEncoders.RAW);
      case TEXT -> textFiles(source);
      case CSV -> table(source.path(), csv(source.path()));
      case PARQUET -> table(source.path(), spark.read().parquet(source.path()));
    };
  }

  private JavaRDD<RawRecord> jsonLines(String path) {
    return jsc.textFile(path)
        .zipWithIndex()
        .filter(t -> !t._1().isBlank())
        .map(t -> JsonLineParser.parse(path, t._2() + 1, t._1()));
  }

  private Dataset<RawRecord> textFiles(InputSource source) {
    JavaRDD<RawRecord> files =
        jsc.binaryFiles(source.path())
            .map(t -> {
              try (DataInputStream in = t._2().open()) {
                return TextFileReader.read(t._1(), in);
              }
            });
    Dataset<RawRecord> records = spark.createDataset(files.rdd(), DomainEncoders.RAW);
    return source.metadata() == null ? records : withMetadata(records, source.metadata());
  }

  /** Joins {@code metadata.csv} (id,source,published,url,title) onto text-file records by id. */
  private Dataset<RawRecord> withMetadata(Dataset<RawRecord> records, String metadataPath) {
    Dataset<Row> metadata = csv(metadataPath);
    metadata = metadata.select(textColumns(metadata, List.of("id", "url", "source", "published", "title")));
    Dataset<Tuple2<String, RawRecord>> keyed =
        records.map((MapFunction<RawRecord, Tuple2<String, RawRecord>>) r -> new Tuple2<>(r.id(), r),
            Encoders.tuple(Encoders.STRING(), DomainEncoders.RAW));
    return keyed
        .joinWith(metadata, keyed.col("_1").equalTo(metadata.col("id")), "left_outer")
        .map((MapFunction<Tuple2<Tuple2<String, RawRecord>, Row>, RawRecord>) t -> withMetadata(t._1()._2(), t._2()),
            DomainEncoders.RAW);
  }

  /** The named columns as text, in the given order; a column the table lacks is all nulls. */
  private static Column[] textColumns(Dataset<Row> rows, List<String> names) {
    Set<String> present = Set.of(rows.columns());
    return names.stream()
        .map(f -> present.contains(f) ? col(f).cast("string").as(f) : lit(null).cast("string").as(f))
        .toArray(Column[]::new);
  }

  private static RawRecord withMetadata(RawRecord r, Row m) {
    if (m == null) {
      return r;
    }
    return new RawRecord(r.input(), r.line(), r.id(), m.getAs("url"), m.getAs("source"), m.getAs("published"),
        m.getAs("title"), r.text(), r.defect());
  }

  private Dataset<Row> csv(String path) {
    String[] header = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(path).columns();
    StructType schema = new StructType();
    for (String name : header) {
      schema = schema.add(name, DataTypes.StringType);
    }
    return spark.read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .schema(schema.add(CORRUPT, DataTypes.StringType))
        .csv(path);
  }

  /** CSV or Parquet rows: the known columns as text, numbered in file order. */
  private Dataset<RawRecord> table(String path, Dataset<Row> rows) {
    List<String> names = new ArrayList<>(FIELDS);
    names.add(CORRUPT);
    JavaRDD<RawRecord> records =
        rows.select(textColumns(rows, names))
            .javaRDD()
            .zipWithIndex()
            .map(t -> toRawRecord(path, t._2() + 1, t._1()));
    return spark.createDataset(records.rdd(), DomainEncoders.RAW);
  }

  private static RawRecord toRawRecord(String path, long number, Row row) {
    String corrupt = row.getString(6);
    if (corrupt != null) {
      return new RawRecord(path, number, row.getString(0), null, null, null, null, corrupt,
          QuarantineReason.MALFORMED_CSV.describe("fields do not match the header"));
    }
    return new RawRecord(path, number, row.getString(0), row.getString(1), row.getString(2), row.getString(3),
        row.getString(4), row.getString(5), null);
  }
}
