package org.tollrecon.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code run.json}: what was run (version, arguments, Spark master and version, the whole
 * configuration including the readings table of DESIGN.md section 4.1), what each stage counted and how
 * many seconds it took, and when the run started and ended (ISO-8601 instants).
 */
public record RunManifest(
    String version,
    List<String> arguments,
    String master,
    String sparkVersion,
    Object config,
    Map<String, Long> counts,
    Map<String, Double> seconds,
    String started,
    String finished,
    String output) {

  public RunManifest {
    arguments = List.copyOf(arguments);
    counts = new LinkedHashMap<>(counts);
    seconds = new LinkedHashMap<>(seconds);
  }

  public String toJson() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("run manifest cannot be written as JSON", e);
    }
  }
}
