package org.tollrecon.pipeline;

import java.util.Objects;
import org.tollrecon.ingest.InputFormat;

/**
 * One thing to read: a file (JSONL, CSV, Parquet) or, for {@link InputFormat#TEXT}, a folder of {@code .txt}
 * articles (or one {@code .txt} file) whose {@code metadata.csv}, when present, is {@code metadata}.
 */
record InputSource(String path, InputFormat format, String metadata) {
  InputSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }
}
