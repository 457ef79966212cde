package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollrecon.report.ContractTable;

/** Outputs appear whole or not at all: the previous run's files stay until a new run commits. */
class OutputWriterTest {
  private final SparkSession spark = SparkTestSession.get();

  @TempDir Path tmp;

  @Test
  void anAbandonedRunLeavesThePreviousOutputsAndACommittedOneReplacesThem() throws IOException {
    Path out = tmp.resolve("out");
    OutputWriter first = new OutputWriter(spark, out.toString());
    first.writeText("run.json", "{\"run\": 1}");
    first.commit();

    OutputWriter failed = new OutputWriter(spark, out.toString());
    failed.writeText("run.json", "{\"run\": 2}");
    failed.abandon();
    assertThat(out.resolve("run.json")).hasContent("{\"run\": 1}");

    OutputWriter second = new OutputWriter(spark, out.toString());
    second.writeTable(ContractTable.QUARANTINE, spark.createDataset(
        List.of(ContractFrames.toRow(java.util.Arrays.asList("in.jsonl", 2L, null, "malformed_json", "=1+1"))),
        ContractFrames.encoder(ContractTable.QUARANTINE)), org.apache.spark.sql.functions.col("line"));
    second.commit();
    assertThat(out.resolve("run.json")).doesNotExist();
    assertThat(Files.readString(out.resolve("quarantine.csv")))
        .isEqualTo("input,line,article_id,reason,excerpt\r\nin.jsonl,2,,malformed_json,'=1+1\r\n");
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings).extracting(p -> p.getFileName().toString()).containsExactly("out");
    }
  }
}
