package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tollrecon.Version;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.ingest.QuarantineRecord;
import org.tollrecon.reconcile.Discrepancy;
import org.tollrecon.report.ContractTable;
import org.tollrecon.report.HtmlReport;
import org.tollrecon.report.ReportedIncident;
import org.tollrecon.report.RunManifest;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The whole batch pipeline of DESIGN.md section 1 on one Spark session: ingest, dedupe, extract, align,
 * reconcile, report. Each stage is its own class; this one wires them, times them (one {@link
 * StageListener} call per stage) and writes the outputs atomically through {@link OutputWriter}.
 */
public final class TollReconJob {
  /** Incidents and discrepancies shown in report.html; the CSV files hold all of them. */
  static final int REPORT_ROWS = 300;

  private final SparkSession spark;
  private final StageListener listener;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  public TollReconJob(SparkSession spark, StageListener listener) {
    this.spark = spark;
    this.listener = listener;
  }

  /** Runs the pipeline; throws {@link NothingReadableException} when no article could be read. */
  public RunSummary run(RunRequest request) throws IOException {
    Instant started = Instant.now();
    long t = System.nanoTime();
    IngestStage.Ingested in = new IngestStage(spark, request.config().intake()).run(request.inputs(), request.format());
    Dataset<QuarantineRecord> quarantine = in.quarantine().persist(StorageLevel.MEMORY_AND_DISK());
    long articles = in.articles().persist(StorageLevel.MEMORY_AND_DISK()).count();
    long quarantined = quarantine.count();
    t = stage("ingest", t, "articles_read", articles, "records_quarantined", quarantined);
    if (articles == 0) {
      throw new NothingReadableException(nothingReadable(quarantine));
    }

    Dataset<Row> storyIds = new DedupeStage(request.config().dedupe()).storyIds(in.articles())
        .persist(StorageLevel.MEMORY_AND_DISK());
    long stories = storyIds.select("story_id").distinct().count();
    t = stage("dedupe", t, "stories", stories);

    Dataset<StoriedArticle> storied = ExtractStage.withStories(in.articles(), storyIds)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<AlignedClaim> extracted = new ExtractStage(request.config().readings()).claims(storied)
        .persist(StorageLevel.MEMORY_AND_DISK());
    t = stage("extract", t, "claims", extracted.count());

    Dataset<Row> storyNames = LinkStage.rareTextNames(storied, stories).localCheckpoint();
    Dataset<AlignedClaim> aligned = LinkStage.link(AlignStage.align(extracted), storyNames).persist(StorageLevel.MEMORY_AND_DISK());
    long incidentClaims = aligned.filter((FilterFunction<AlignedClaim>) a -> a.incidentId() != null).count();
    Dataset<Row> attached = AttachStage.attachments(aligned, storied, storyNames).persist(StorageLevel.MEMORY_AND_DISK());
    t = stage("align", t, "incident_claims", incidentClaims, "attached_articles", attached.count());

    Dataset<ReconciledIncident> reconciled = ReconcileStage.withAttached(ReconcileStage.reconcile(aligned), attached)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> discrepancyRows = ReconcileStage.discrepancyRows(reconciled);
    t = stage("reconcile", t, "incidents", reconciled.count(), "discrepancies", discrepancyRows.count());

    OutputWriter out = new OutputWriter(spark, request.out());
    try {
      writeTables(out, storied, aligned, quarantine, reconciled, discrepancyRows);
      stage("write", t);
      writeReport(out, request, started, reconciled, quarantine);
      out.commit();
    } catch (IOException | RuntimeException e) {
      out.abandon();
      throw e;
    }
    spark.catalog().clearCache();
    return new RunSummary(counts, secondsSince(started), out.target());
  }

  private void writeTables(
      OutputWriter out, Dataset<StoriedArticle> storied, Dataset<AlignedClaim> aligned,
      Dataset<QuarantineRecord> quarantine, Dataset<ReconciledIncident> reconciled, Dataset<Row> discrepancyRows)
      throws IOException {
    out.writeTable(ContractTable.CLAIMS, TableRows.claims(aligned), col("article_id"), col("char_start"), col("category"));
    out.writeTable(ContractTable.ARTICLES, TableRows.articles(storied, aligned, quarantine), col("article_id"), col("status"));
    out.writeTable(ContractTable.QUARANTINE, TableRows.quarantine(quarantine), col("input"), col("line"));
    out.writeTable(ContractTable.INCIDENTS, ReconcileStage.incidentRows(reconciled), col("date"), col("incident_id"));
    out.writeTable(ContractTable.FIGURES, ReconcileStage.figureRows(reconciled), col("incident_id"), col("category"), col("unit"));
    out.writeTable(ContractTable.DISCREPANCIES, discrepancyRows, col("incident_id"), col("category"), col("claim_a"), col("claim_b"));
    out.writeTable(ContractTable.SOURCES, ReconcileStage.sourceRows(reconciled), col("role"), col("name"));
    out.writeTable(ContractTable.UCDP, ReconcileStage.ucdpRows(reconciled), col("date_start"), col("incident_id"));
  }

  private void writeReport(
      OutputWriter out, RunRequest request, Instant started, Dataset<ReconciledIncident> reconciled,
      Dataset<QuarantineRecord> quarantine) throws IOException {
    RunManifest manifest = new RunManifest(
        Version.current(), request.arguments(), spark.sparkContext().master(), spark.version(), request.config(),
        counts, seconds, started.toString(), Instant.now().toString(), out.target());
    out.writeText("run.json", manifest.toJson());
    out.writeText("report.html", HtmlReport.render(new HtmlReport.Content(
        manifest, counts.getOrDefault("incidents", 0L), topIncidents(reconciled),
        counts.getOrDefault("discrepancies", 0L), topDiscrepancies(reconciled), quarantineByReason(quarantine))));
  }

  /** The incidents with the largest best killed figure (ties by incident id, so that reruns agree). */
  static List<ReportedIncident> topIncidents(Dataset<ReconciledIncident> reconciled) {
    return reconciled
        .map((MapFunction<ReconciledIncident, Tuple3<Long, String, ReportedIncident>>) r ->
                new Tuple3<>(r.row().killedBest() == null ? -1L : r.row().killedBest(), r.row().incidentId(),
                    ReportedIncident.of(r.row(), r.figures())),
            Encoders.tuple(Encoders.LONG(), Encoders.STRING(), Encoders.javaSerialization(ReportedIncident.class)))
        .orderBy(col("_1").desc(), col("_2"))
        .limit(REPORT_ROWS)
        .collectAsList().stream().map(Tuple3::_3).toList();
  }

  static List<Discrepancy> topDiscrepancies(Dataset<ReconciledIncident> reconciled) {
    return reconciled
        .flatMap((FlatMapFunction<ReconciledIncident, Tuple2<Double, Discrepancy>>) r ->
                r.figures().discrepancies().stream().map(d -> new Tuple2<>(d.ratio(), d)).iterator(),
            Encoders.tuple(Encoders.DOUBLE(), Encoders.javaSerialization(Discrepancy.class)))
        .orderBy(col("_1").desc())
        .limit(REPORT_ROWS)
        .collectAsList().stream().map(Tuple2::_2).toList();
  }

  /** Quarantine counts per reason code: bounded by the number of reasons, so safe to collect. */
  static Map<String, Long> quarantineByReason(Dataset<QuarantineRecord> quarantine) {
    Map<String, Long> byReason = new TreeMap<>();
    quarantine.map((MapFunction<QuarantineRecord, String>) q -> reasonCode(q.reason()), Encoders.STRING())
        .groupBy("value").count().collectAsList()
        .forEach(r -> byReason.put(r.getString(0), r.getLong(1)));
    return byReason;
  }

  private static String reasonCode(String reason) {
    int colon = reason.indexOf(':');
    return colon < 0 ? reason : reason.substring(0, colon);
  }

  private String nothingReadable(Dataset<QuarantineRecord> quarantine) {
    StringBuilder why = new StringBuilder("no article could be read from the inputs");
    Map<String, Long> reasons = quarantineByReason(quarantine);
    if (reasons.isEmpty()) {
      why.append(" (they hold no records)");
    } else {
      why.append("; records set aside by reason: ").append(reasons);
      quarantine.limit(3).collectAsList().forEach(q -> why.append("\n  ").append(q.input())
          .append(q.line() > 0 ? " line " + q.line() : "").append(": ").append(q.reason()));
    }
    return why.append("\nCheck the --input paths and --format.").toString();
  }

  private long stage(String name, long startNanos, Object... namedCounts) {
    double secs = (System.nanoTime() - startNanos) / 1e9;
    seconds.put(name, Math.round(secs * 100) / 100.0);
    StringBuilder description = new StringBuilder();
    for (int i = 0; i + 1 < namedCounts.length; i += 2) {
      counts.put((String) namedCounts[i], (Long) namedCounts[i + 1]);
      description.append(description.length() == 0 ? "" : ", ").append(namedCounts[i + 1]).append(' ')
          .append(((String) namedCounts[i]).replace('_', ' '));
    }
    listener.stageDone(name, description.toString(), secs);
    return System.nanoTime();
  }

  private static double secondsSince(Instant started) {
    return (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
  }
}
