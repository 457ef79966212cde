package org.tollrecon.pipeline;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session the whole test run shares: {@code local[2]}, UI off, two shuffle partitions, the
 * driver bound to 127.0.0.1. Started on first use; Spark's shutdown hook stops it when the JVM exits.
 */
public final class SparkTestSession {
  private SparkTestSession() {}

  private static final class Holder {
    static final SparkSession SPARK =
        SparkSession.builder()
            .master("local[2]")
            .appName("tollrecon-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .getOrCreate();
  }

  public static SparkSession get() {
    return Holder.SPARK;
  }
}
