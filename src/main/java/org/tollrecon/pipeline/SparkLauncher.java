package org.tollrecon.pipeline;

import java.io.IOException;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session a command runs on and stops it afterwards. The master comes from
 * {@code --master}, else from {@code spark-submit} (which sets {@code spark.master}), else embedded
 * {@code local[*]}: the same jar runs unchanged on a laptop and a cluster.
 */
public final class SparkLauncher {
  private SparkLauncher() {}

  /**
   * Runs one pipeline request. A session started here is stopped whatever happens; one that already ran in
   * this JVM (an embedding application, the test suite) is used and left running.
   */
  public static RunSummary run(Optional<String> master, RunRequest request, StageListener listener) throws IOException {
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = session(master);
    try {
      return new TollReconJob(spark, listener).run(request);
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  static SparkSession session(Optional<String> master) {
    SparkSession.Builder builder = SparkSession.builder().appName("TollRecon")
        .config("spark.sql.datetime.java8API.enabled", "true")
        // Spark's progress bar only where a person watches a terminal, not in scheduler or CI logs.
        .config("spark.ui.showConsoleProgress", Boolean.toString(System.console() != null));
    if (master.isPresent()) {
      builder.master(master.get());
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
      // Spark's 200 suits large clusters; for the usual run, a few tasks per core avoids
      // hundreds of empty tasks per shuffle. A cluster can set its own with --conf.
      int partitions = Math.max(4, 3 * spark.sparkContext().defaultParallelism());
      spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
    }
    return spark;
  }
}
