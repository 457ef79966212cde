package org.tollrecon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Domain logic stays engine-free: only {@code org.tollrecon.pipeline} may import Spark, Hadoop or Scala
 * (STYLE.md habit 1), so every other package can be read and tested without starting Spark.
 */
class SparkBoundaryTest {
  private static final Pattern ENGINE_IMPORT =
      Pattern.compile("^import\\s+(static\\s+)?(org\\.apache\\.spark|org\\.apache\\.hadoop|scala)\\.", Pattern.MULTILINE);

  @Test
  void onlyThePipelinePackageImportsSpark() throws IOException {
    Path main = Path.of(System.getProperty("tollrecon.project.dir", ".")).resolve("src/main/java/org/tollrecon");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(main)) {
      offenders = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !main.relativize(p).startsWith("pipeline"))
          .filter(p -> ENGINE_IMPORT.matcher(read(p)).find())
          .map(p -> main.relativize(p).toString())
          .toList();
    }
    assertThat(offenders).as("files outside pipeline/ importing Spark, Hadoop or Scala").isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
