package org.tollrecon.pipeline;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tollrecon.report.ContractTable;
import org.tollrecon.report.CsvTableWriter;

/**
 * Writes one run's outputs atomically: everything goes to a hidden staging folder beside {@code --out};
 * {@link #commit()} then swaps it in place of the previous outputs, which stay whole until that moment. A
 * crashed or killed run leaves only a stale staging folder, never half a report. CSV files are single files
 * streamed through the driver in a stable order ({@code toLocalIterator}, one partition in memory at a time);
 * Parquet tables are written by the executors.
 */
final class OutputWriter {
  private static final Logger LOG = LoggerFactory.getLogger(OutputWriter.class);

  private final SparkSession spark;
  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  OutputWriter(SparkSession spark, String out) throws IOException {
    this.spark = spark;
    Path outPath = new Path(out);
    this.fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
    this.target = fs.makeQualified(outPath);
    this.staging = new Path(target.getParent(), "." + target.getName() + ".staging-" + UUID.randomUUID());
    fs.mkdirs(staging);
  }

  /** Writes {@code <table>.csv} and {@code parquet/<table>/}, rows sorted by {@code order}. */
  void writeTable(ContractTable table, Dataset<Row> rows, Column... order) throws IOException {
    Dataset<Row> sorted = rows.orderBy(order);
    sorted.write().mode(SaveMode.Overwrite).parquet(new Path(staging, "parquet/" + table.tableName()).toString());
    try (Writer out = textFile(table.csvFileName())) {
      CsvTableWriter csv = new CsvTableWriter(out, table);
      // One sorted partition: the file is streamed through the driver anyway, and one partition
      // costs one job instead of one per partition.
      Iterator<Row> it = spark.read().parquet(new Path(staging, "parquet/" + table.tableName()).toString())
          .orderBy(order).coalesce(1).toLocalIterator();
      while (it.hasNext()) {
        csv.write(ContractFrames.values(it.next()));
      }
    }
  }

  /** Writes a whole text file (HTML, JSON) into the outputs. */
  void writeText(String name, String content) throws IOException {
    try (Writer out = textFile(name)) {
      out.write(content);
    }
  }

  private Writer textFile(String name) throws IOException {
    FSDataOutputStream stream = fs.create(new Path(staging, name), true);
    return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
  }

  /** Puts the staged outputs in place of the previous ones. */
  void commit() throws IOException {
    Path previous = new Path(target.getParent(), "." + target.getName() + ".previous-" + UUID.randomUUID());
    boolean hadPrevious = fs.exists(target);
    if (hadPrevious && !fs.rename(target, previous)) {
      throw new IOException("could not move the previous outputs " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      if (hadPrevious) {
        fs.rename(previous, target);
      }
      throw new IOException("could not move the new outputs into " + target);
    }
    if (hadPrevious) {
      fs.delete(previous, true);
    }
    LOG.debug("outputs committed to {}", target);
  }

  /** Drops the staged outputs after a failure; the previous outputs are untouched. */
  void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("could not remove the staging folder {}: {}", staging, e.getMessage());
    }
  }

  String target() {
    return target.toString();
  }
}
