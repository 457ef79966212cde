package org.tollrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application jar run the way a cluster runs it: Spark's own {@code SparkSubmit} class (what
 * the {@code spark-submit} script calls) from the Spark jars in {@code target/lib}, in a separate JVM with
 * the Java 17 flags from {@code target/jvm.flags}. Spark is not inside the app jar; SparkSubmit provides it.
 */
class SparkSubmitIT {
  static final Path PROJECT = Path.of(System.getProperty("tollrecon.project.dir", ".")).toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void theAppJarRunsUnderSparkSubmit() throws IOException, InterruptedException {
    Path target = PROJECT.resolve("target");
    Path out = tmp.resolve("out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(Files.readString(target.resolve("jvm.flags")).trim().split("\\s+")));
    command.addAll(List.of("-Xmx1g", "-Dlog4j2.configurationFile=" + PROJECT.resolve("jobs/log4j2.properties"),
        "-cp", target.resolve("lib") + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
        "--class", "org.tollrecon.cli.TollRecon", System.getProperty("tollrecon.app.jar"),
        "run", "--input", PROJECT.resolve("sample-data").toString(), "--out", out.toString()));
    Path log = tmp.resolve("submit.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as(output).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("5 articles read");
    assertThat(Files.readAllLines(out.resolve("claims.csv")).size()).isGreaterThan(5);
    assertThat(out.resolve("run.json")).content().contains("\"master\" : \"local[2]\"");
    assertThat(out.resolve("report.html")).as("the chart, drawn by the libraries shaded into the app jar").content()
        .contains("<img src=\"data:image/png;base64,");
  }
}
