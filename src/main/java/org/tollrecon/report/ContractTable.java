package org.tollrecon.report;

import static org.tollrecon.report.Column.date;
import static org.tollrecon.report.Column.decimal;
import static org.tollrecon.report.Column.flag;
import static org.tollrecon.report.Column.integer;
import static org.tollrecon.report.Column.text;

import java.util.List;

/**
 * The tables of the output contract (DESIGN.md section 5) with their exact column names, in order. Other
 * tools read these files: columns may be added at the end, never renamed or reordered.
 */
public enum ContractTable {
  CLAIMS(
      "claims",
      text("claim_id"), text("article_id"), text("source"), date("published"), text("story_id"),
      text("incident_id"), text("scope"), text("category"), text("unit"), text("victims"),
      text("victims_text"), text("side"), text("number_text"), integer("low"), integer("high"),
      integer("point"), text("qualifier"), text("subset_of"), text("attributed_to"), date("event_date"),
      text("date_text"), text("location"), text("country"), text("location_text"), text("event_type"),
      text("sentence"), integer("char_start"), integer("char_end")),
  INCIDENTS(
      "incidents",
      text("incident_id"), date("date"), date("date_low"), date("date_high"), text("location"),
      text("country"), text("event_type"), text("summary"), integer("n_articles"), integer("n_stories"),
      integer("n_reports"), text("sources"), text("article_ids"), integer("killed_low"),
      integer("killed_best"), integer("killed_high"), integer("injured_low"), integer("injured_best"),
      integer("injured_high"), text("discrepancy"), text("grade")),
  FIGURES(
      "figures",
      text("incident_id"), text("category"), integer("low"), integer("best"), integer("high"),
      integer("consensus_low"), integer("consensus_high"), integer("n_claims"), integer("n_reports"),
      text("reports"), text("unit")),
  DISCREPANCIES(
      "discrepancies",
      text("incident_id"), text("category"), text("kind"), text("severity"), decimal("ratio"),
      text("claim_a"), text("attributed_a"), text("source_a"), integer("point_a"), text("claim_b"),
      text("attributed_b"), text("source_b"), integer("point_b"), text("unit")),
  SOURCES(
      "sources",
      text("name"), text("role"), integer("n_claims"), integer("n_incidents"), decimal("median_ratio"),
      integer("n_high"), integer("n_low")),
  ARTICLES(
      "articles",
      text("article_id"), text("source"), date("published"), flag("published_inferred"),
      text("story_id"), integer("n_claims"), text("status"), flag("source_inferred"), text("url"),
      text("title")),
  UCDP(
      "ucdp",
      text("incident_id"), date("date_start"), date("date_end"), text("country"), text("where_description"),
      text("event_type"), integer("best"), integer("low"), integer("high"), integer("deaths_a"),
      integer("deaths_b"), integer("deaths_civilians"), integer("deaths_unknown"), text("side_a"),
      text("side_b")),
  QUARANTINE(
      "quarantine",
      text("input"), integer("line"), text("article_id"), text("reason"), text("excerpt"));

  private final String tableName;
  private final List<Column> columns;

  ContractTable(String tableName, Column... columns) {
    this.tableName = tableName;
    this.columns = List.of(columns);
  }

  /** The table name: {@code <name>.csv} and {@code parquet/<name>/}. */
  public String tableName() {
    return tableName;
  }

  public String csvFileName() {
    return tableName + ".csv";
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }
}
