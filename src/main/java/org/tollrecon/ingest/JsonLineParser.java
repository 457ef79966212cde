package org.tollrecon.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one line of a JSON Lines input into a {@link RawRecord}. A line that is not a JSON object becomes a
 * defective record with reason {@code malformed_json} and the parser's message, so that it reaches
 * {@code quarantine.csv} with its line number. Field values that are not strings are kept as their JSON text.
 */
public final class JsonLineParser {
  // Over-long texts are quarantined by length later, with a clearer reason than a parser limit would give.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .build());

  private JsonLineParser() {}

  /** Parses {@code json}, the 1-based {@code line} of {@code input}. */
  public static RawRecord parse(String input, long line, String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return RawRecord.defective(input, line, QuarantineReason.MALFORMED_JSON.describe(firstLine(e)), json);
    }
    if (node == null || !node.isObject()) {
      String what = node == null ? "empty line" : "a JSON " + node.getNodeType().name().toLowerCase() + ", not an object";
      return RawRecord.defective(input, line, QuarantineReason.MALFORMED_JSON.describe(what), json);
    }
    return new RawRecord(
        input, line, field(node, "id"), field(node, "url"), field(node, "source"), field(node, "published"),
        field(node, "title"), field(node, "text"), null);
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private static String firstLine(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String location =
        e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    int cut = message.indexOf('\n');
    return (cut < 0 ? message : message.substring(0, cut)) + location;
  }
}
