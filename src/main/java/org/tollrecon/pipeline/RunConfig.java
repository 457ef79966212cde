package org.tollrecon.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.tollrecon.extract.ReadingsTable;
import org.tollrecon.ingest.IntakeLimits;

/**
 * Everything a run can be configured with, resolved once: the built-in defaults, overlaid by a JSON file
 * ({@code --config}) that may give any subset of the fields, e.g.
 * {@code {"readings": {"nearlyLowFactor": 0.8}, "intake": {"maxTextChars": 200000}}}. Unknown fields are
 * errors that name the field. The resolved value is written whole into {@code run.json}.
 */
public record RunConfig(ReadingsTable readings, IntakeLimits intake, DedupeSettings dedupe) {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public RunConfig {
    Objects.requireNonNull(readings, "readings");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(dedupe, "dedupe");
  }

  public static RunConfig defaults() {
    return new RunConfig(ReadingsTable.defaults(), IntakeLimits.defaults(), DedupeSettings.defaults());
  }

  /** The defaults overlaid by the JSON file at {@code path}. */
  public static RunConfig load(Path path) throws IOException {
    JsonNode overrides = MAPPER.readTree(Files.readString(path, java.nio.charset.StandardCharsets.UTF_8));
    if (overrides == null || !overrides.isObject()) {
      throw new IOException("configuration " + path + " is not a JSON object");
    }
    ObjectNode merged = MAPPER.valueToTree(defaults());
    overlay(merged, (ObjectNode) overrides);
    return MAPPER.treeToValue(merged, RunConfig.class);
  }

  private static void overlay(ObjectNode base, ObjectNode overrides) {
    Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode current = base.get(f.getKey());
      if (current instanceof ObjectNode currentObject && f.getValue() instanceof ObjectNode nested) {
        overlay(currentObject, nested);
      } else {
        base.set(f.getKey(), f.getValue());
      }
    }
  }
}
