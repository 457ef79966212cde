package org.tollrecon.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The input formats TollRecon reads (DESIGN.md section 1.1). {@code TEXT} is a folder of {@code .txt} files,
 * one article each, with an optional {@code metadata.csv} beside them.
 */
public enum InputFormat {
  JSONL,
  TEXT,
  CSV,
  PARQUET;

  /** The format a file name implies, if any; {@code metadata.csv} belongs to a text folder, not to CSV. */
  public static Optional<InputFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (lower.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (lower.equals("metadata.csv")) {
      return Optional.empty();
    }
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    return Optional.empty();
  }
}
