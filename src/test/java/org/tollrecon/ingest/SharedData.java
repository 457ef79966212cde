package org.tollrecon.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates ../shared (seeds, benchmarks) beside the project and reads benchmark JSON Lines as raw records. */
final class SharedData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  /** A folder under ../shared; the calling test is skipped when it is absent. */
  static Path require(String relative) {
    Path dir =
        Path.of(System.getProperty("tollrecon.project.dir", ".")).resolve("../shared").resolve(relative);
    assumeTrue(Files.exists(dir), "shared data not present: " + dir.toAbsolutePath().normalize());
    return dir;
  }

  static List<RawRecord> jsonLines(Path file) {
    List<RawRecord> records = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        JsonNode node = JSON.readTree(lines.get(i));
        records.add(
            new RawRecord(
                file.getFileName().toString(), i + 1L, field(node, "id"), field(node, "url"),
                field(node, "source"), field(node, "published"), field(node, "title"),
                field(node, "text"), null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
