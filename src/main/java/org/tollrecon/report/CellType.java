package org.tollrecon.report;

/** The type of a contract column: how it is written to CSV and which Parquet type it gets. */
public enum CellType {
  STRING,
  LONG,
  DOUBLE,
  BOOLEAN,
  DATE
}
