package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.collect_set;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.reconcile.Discrepancy;
import org.tollrecon.reconcile.Figure;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.reconcile.Reconciler;
import org.tollrecon.reconcile.SourceObservation;
import org.tollrecon.reconcile.SourceProfile;
import org.tollrecon.report.ContractRows;
import org.tollrecon.report.ContractTable;
import org.tollrecon.report.IncidentRow;
import org.tollrecon.report.UcdpRow;
import scala.Tuple2;

/**
 * Reconciliation (DESIGN.md section 1.5 and 4): per incident, the plain-Java {@link Reconciler} turns its
 * claims into figures and discrepancies; per cited source and outlet, {@link SourceProfile} summarises how
 * its figures stand against the incidents' best estimates. Gives the contract rows of incidents, figures,
 * discrepancies and sources.
 */
final class ReconcileStage {
  static final Encoder<ReconciledIncident> RECONCILED = Encoders.javaSerialization(ReconciledIncident.class);
  private static final Encoder<SourceObservation> OBSERVATION = Encoders.javaSerialization(SourceObservation.class);

  private ReconcileStage() {}

  static Dataset<ReconciledIncident> reconcile(Dataset<AlignedClaim> aligned) {
    Reconciler reconciler = new Reconciler();
    return aligned
        .filter((FilterFunction<AlignedClaim>) a -> a.incidentId() != null)
        .groupByKey((MapFunction<AlignedClaim, String>) AlignedClaim::incidentId, Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, AlignedClaim, ReconciledIncident>) (id, it) -> {
              List<AlignedClaim> claims = new ArrayList<>();
              it.forEachRemaining(claims::add);
              IncidentFigures figures = reconciler.reconcile(id, claims);
              IncidentRow row = IncidentRow.of(claims, figures);
              return new ReconciledIncident(row, UcdpRow.of(row, claims, figures), figures);
            },
            RECONCILED);
  }

  /**
   * Each incident with the articles attached to it without claims ({@link AttachStage#ATTACHED} rows): listed
   * among its articles and stories, its figures unchanged.
   */
  static Dataset<ReconciledIncident> withAttached(Dataset<ReconciledIncident> incidents, Dataset<Row> attached) {
    Dataset<Row> byIncident = attached.groupBy("incident_id")
        .agg(collect_set("article_id").as("articles"), collect_set("story_id").as("stories"));
    Dataset<Tuple2<String, ReconciledIncident>> keyed = incidents.map(
        (MapFunction<ReconciledIncident, Tuple2<String, ReconciledIncident>>) r -> new Tuple2<>(r.row().incidentId(), r),
        Encoders.tuple(Encoders.STRING(), RECONCILED));
    return keyed.joinWith(byIncident, keyed.col("_1").equalTo(byIncident.col("incident_id")), "left_outer")
        .map((MapFunction<Tuple2<Tuple2<String, ReconciledIncident>, Row>, ReconciledIncident>) t -> t._2() == null
            ? t._1()._2()
            : t._1()._2().withAttached(t._2().<String>getList(1), t._2().<String>getList(2)), RECONCILED);
  }

  static Dataset<Row> incidentRows(Dataset<ReconciledIncident> incidents) {
    return incidents.map((MapFunction<ReconciledIncident, Row>) r -> ContractFrames.toRow(r.row().cells()),
        ContractFrames.encoder(ContractTable.INCIDENTS));
  }

  static Dataset<Row> ucdpRows(Dataset<ReconciledIncident> incidents) {
    return incidents.map((MapFunction<ReconciledIncident, Row>) r -> ContractFrames.toRow(r.ucdp().cells()),
        ContractFrames.encoder(ContractTable.UCDP));
  }

  static Dataset<Row> figureRows(Dataset<ReconciledIncident> incidents) {
    return incidents.flatMap(
        (FlatMapFunction<ReconciledIncident, Row>) r ->
            r.figures().figures().stream().map(f -> ContractFrames.toRow(ContractRows.figure(f))).iterator(),
        ContractFrames.encoder(ContractTable.FIGURES));
  }

  static Dataset<Row> discrepancyRows(Dataset<ReconciledIncident> incidents) {
    return incidents.flatMap(
        (FlatMapFunction<ReconciledIncident, Row>) r ->
            r.figures().discrepancies().stream()
                .map((Discrepancy d) -> ContractFrames.toRow(ContractRows.discrepancy(d))).iterator(),
        ContractFrames.encoder(ContractTable.DISCREPANCIES));
  }

  static Dataset<Row> sourceRows(Dataset<ReconciledIncident> incidents) {
    Dataset<SourceObservation> observations = incidents.flatMap(
        (FlatMapFunction<ReconciledIncident, SourceObservation>) r -> {
          List<SourceObservation> out = new ArrayList<>();
          for (Figure f : r.figures().figures()) {
            out.addAll(SourceObservation.from(f));
          }
          return out.iterator();
        },
        OBSERVATION);
    return observations
        .groupByKey((MapFunction<SourceObservation, String>) o -> o.role() + "\u001f" + o.name(), Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, SourceObservation, Row>) (key, it) -> {
              List<SourceObservation> list = new ArrayList<>();
              it.forEachRemaining(list::add);
              SourceProfile p = SourceProfile.summarise(list.get(0).name(), list.get(0).role(), list);
              return ContractFrames.toRow(ContractRows.source(p));
            },
            ContractFrames.encoder(ContractTable.SOURCES));
  }
}
