package org.tollrecon.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollrecon.extract.ReadingsTable;

/** Configuration files in JSON and YAML overlay the built-in defaults field by field. */
class RunConfigTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aJsonFileChangesOnlyTheFieldsItGives() throws IOException {
    RunConfig c = RunConfig.load(write("run.json",
        "{\"readings\": {\"nearlyLowFactor\": 0.8, \"vague\": {\"dozens\": {\"low\": 24, \"high\": 99, \"point\": 36}}},"
            + " \"intake\": {\"maxTextChars\": 200000}}"));
    RunConfig d = RunConfig.defaults();
    assertThat(c.readings().nearlyLowFactor()).isEqualTo(0.8);
    assertThat(c.readings().vague().get("dozens")).isEqualTo(new ReadingsTable.VagueReading(24, 99L, 36));
    assertThat(c.readings().vague().get("hundreds")).isEqualTo(d.readings().vague().get("hundreds"));
    assertThat(c.readings().approxHighFactor()).isEqualTo(d.readings().approxHighFactor());
    assertThat(c.intake().maxTextChars()).isEqualTo(200000);
    assertThat(c.intake().languageCheckMinWords()).isEqualTo(d.intake().languageCheckMinWords());
    assertThat(c.dedupe()).isEqualTo(d.dedupe());
  }

  @Test
  void aYamlFileReadsTheSameAsItsJson() throws IOException {
    RunConfig yaml = RunConfig.load(write("run.yaml", """
        # researchers' readings
        readings:
          nearlyLowFactor: 0.8
          vague:
            dozens: {low: 24, high: 99, point: 36}
        intake:
          maxTextChars: 200000
        """));
    RunConfig json = RunConfig.load(write("same.json",
        "{\"readings\": {\"nearlyLowFactor\": 0.8, \"vague\": {\"dozens\": {\"low\": 24, \"high\": 99, \"point\": 36}}},"
            + " \"intake\": {\"maxTextChars\": 200000}}"));
    assertThat(yaml).isEqualTo(json);
    assertThat(RunConfig.load(write("also.yml", "dedupe: {minContainment: 0.9}\n")).dedupe().minContainment())
        .isEqualTo(0.9);
  }

  @Test
  void anUnknownFieldIsAUsageErrorNamingIt() throws IOException {
    Path bad = write("bad.yaml", "readings:\n  nearlyLowFactr: 0.8\n");
    assertThatThrownBy(() -> RunConfig.load(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("nearlyLowFactr");
  }

  @Test
  void aValueOutOfRangeIsAUsageErrorSayingWhy() throws IOException {
    Path bad = write("bad.json", "{\"readings\": {\"nearlyLowFactor\": 1.5}}");
    assertThatThrownBy(() -> RunConfig.load(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nearlyLowFactor must be in (0, 1]");
  }

  @Test
  void malformedSyntaxAndNonMappingsAreUsageErrors() throws IOException {
    Path broken = write("broken.json", "{\"readings\": ");
    Path list = write("list.yaml", "- a\n- b\n");
    assertThatThrownBy(() -> RunConfig.load(broken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken.json");
    assertThatThrownBy(() -> RunConfig.load(list)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a YAML mapping");
  }
}
