package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Connected components of a graph held as a dataset of edges, by iterated minimum-label propagation.
 * Each round is checkpointed locally so the query plan stays one round deep instead of doubling. Used for
 * syndication groups (copies of one story) and for candidate groups of linked incidents.
 */
final class ConnectedComponents {
  private static final int MAX_ROUNDS = 100;

  private ConnectedComponents() {}

  /**
   * The components of the graph whose edges are the rows {@code (a, b)}: each vertex that has an edge,
   * labelled with the smallest vertex id in its component ({@code vertex, label}).
   */
  static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
        .union(edges.select(col("b").as("src"), col("a").as("dst")))
        .localCheckpoint();
    Dataset<Row> labels = both.select(col("src").as("vertex")).distinct()
        .withColumn("label", col("vertex")).localCheckpoint();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> offered = both.join(labels, both.col("src").equalTo(labels.col("vertex")))
          .select(col("dst").as("vertex"), col("label"));
      Dataset<Row> next = labels.union(offered).groupBy("vertex").agg(functions.min("label").as("label"))
          .localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("label", "old"), "vertex")
          .filter(col("label").notEqual(col("old"))).count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
    throw new IllegalStateException("graph components did not settle in " + MAX_ROUNDS + " rounds");
  }
}
