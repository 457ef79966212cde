package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tollrecon.ingest.RawRecord;

/**
 * Pins down how Spark 4.1 encodes Java records, the reason the stages pass domain records through
 * {@link DomainEncoders} (Java serialization) instead of {@code Encoders.bean}.
 */
class EncoderBehaviourTest {
  public record Sample(String id, long line) implements Serializable {}

  private final SparkSession spark = SparkTestSession.get();

  @Test
  void beanEncoderCannotDecodeRecords() {
    var ds = spark.createDataset(List.of(new Sample("a", 1)), Encoders.bean(Sample.class));
    assertThatThrownBy(ds::collectAsList).hasMessageContaining("EXPRESSION_DECODING_FAILED");
  }

  @Test
  void javaSerializationRoundTripsDomainRecords() {
    RawRecord r = new RawRecord("in.jsonl", 7, "id-1", null, "Dawn", "2020-10-28", null, "text", null);
    var back = spark.createDataset(List.of(r), DomainEncoders.RAW).collectAsList();
    assertThat(back).containsExactly(r);
  }
}
