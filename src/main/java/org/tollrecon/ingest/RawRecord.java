package org.tollrecon.ingest;

import java.io.Serializable;

/**
 * One input record as read, before any checking: where it came from ({@code input}, 1-based {@code line}
 * or record number) and its fields as strings, any of which may be null. {@code defect} is non-null when
 * the record could not even be parsed (malformed JSON, undecodable bytes); it then becomes a quarantine row.
 */
public record RawRecord(
    String input,
    long line,
    String id,
    String url,
    String source,
    String published,
    String title,
    String text,
    String defect)
    implements Serializable {

  /** A record that could not be parsed; {@code excerpt} is the start of what was read. */
  public static RawRecord defective(String input, long line, String defect, String excerpt) {
    return new RawRecord(input, line, null, null, null, null, null, excerpt, defect);
  }
}
