package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cleans every seed article and compares body and captions with the expected forms stored under
 * {@code src/test/resources/org/tollrecon/ingest/golden/}. Run with {@code -Dtollrecon.regenerateGolden=true}
 * to rewrite them on purpose after a deliberate change (then review the diff).
 */
class SeedGoldenTest {

  private static final String CAPTIONS_MARK = "\n\n=== captions ===\n";

  @Test
  void seedsCleanToTheirGoldenForms() throws IOException {
    Path seeds = SharedData.require("seeds");
    Path golden =
        Path.of(System.getProperty("tollrecon.project.dir", "."))
            .resolve("src/test/resources/org/tollrecon/ingest/golden");
    boolean regenerate = Boolean.getBoolean("tollrecon.regenerateGolden");
    List<Path> files = seedFiles(seeds);
    assertThat(files).isNotEmpty();
    for (Path seed : files) {
      CleanedText cleaned = new ArticleCleaner().clean(Files.readString(seed, StandardCharsets.UTF_8));
      String actual = cleaned.text() + CAPTIONS_MARK + String.join("\n", cleaned.captions()) + "\n";
      Path expected = golden.resolve(seed.getFileName());
      if (regenerate) {
        Files.createDirectories(golden);
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(expected).as("golden file for %s (regenerate on purpose)", seed.getFileName()).exists();
      assertThat(actual).as(seed.getFileName().toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
  }

  private static List<Path> seedFiles(Path seeds) throws IOException {
    try (Stream<Path> listing = Files.list(seeds)) {
      return listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
