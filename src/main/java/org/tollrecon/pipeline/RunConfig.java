package org.tollrecon.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.tollrecon.extract.ReadingsTable;
import org.tollrecon.ingest.IntakeLimits;

/**
 * Everything a run can be configured with, resolved once: the built-in defaults, overlaid by a JSON or YAML
 * file ({@code --config}; YAML when the name ends in {@code .yaml} or {@code .yml}) that may give any subset
 * of the fields, e.g. {@code {"readings": {"nearlyLowFactor": 0.8}, "intake": {"maxTextChars": 200000}}}.
 * Unknown fields are errors that name the field. The resolved value is written whole into {@code run.json}.
 */
public record RunConfig(ReadingsTable readings, IntakeLimits intake, DedupeSettings dedupe) {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper YAML = new YAMLMapper();

  public RunConfig {
    Objects.requireNonNull(readings, "readings");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(dedupe, "dedupe");
  }

  public static RunConfig defaults() {
    return new RunConfig(ReadingsTable.defaults(), IntakeLimits.defaults(), DedupeSettings.defaults());
  }

  /**
   * The defaults overlaid by the JSON or YAML file at {@code path}. A file a user can fix (bad syntax, an
   * unknown field, a value out of range) is an {@link IllegalArgumentException} whose message names the file
   * and the problem.
   */
  public static RunConfig load(Path path) throws IOException {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    String text = Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
    try {
      JsonNode overrides = (yaml ? YAML : MAPPER).readTree(text);
      if (overrides == null || !overrides.isObject()) {
        throw new IllegalArgumentException("configuration " + path + " is not a "
            + (yaml ? "YAML mapping" : "JSON object"));
      }
      ObjectNode merged = MAPPER.valueToTree(defaults());
      overlay(merged, (ObjectNode) overrides);
      return MAPPER.treeToValue(merged, RunConfig.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException range ? range : null;
      throw new IllegalArgumentException("configuration " + path + ": "
          + (cause != null ? cause.getMessage() : e.getOriginalMessage()), e);
    }
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
