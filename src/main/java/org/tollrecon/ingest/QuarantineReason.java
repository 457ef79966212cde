package org.tollrecon.ingest;

/** Why an input record was not processed. The code is what {@code quarantine.csv} reasons start with. */
public enum QuarantineReason {
  UNREADABLE_INPUT("unreadable_input"),
  MALFORMED_JSON("malformed_json"),
  MALFORMED_CSV("malformed_csv"),
  MISSING_ID("missing_id"),
  EMPTY_TEXT("empty_text"),
  DUPLICATE_ID("duplicate_id"),
  BINARY_CONTENT("binary_content"),
  UNDECODABLE_TEXT("undecodable_text"),
  TOO_LONG("too_long"),
  NOT_ENGLISH("not_english");

  private final String code;

  QuarantineReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** {@code code} alone, or {@code code: detail}. */
  public String describe(String detail) {
    return detail == null || detail.isBlank() ? code : code + ": " + detail;
  }
}
