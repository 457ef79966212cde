package org.tollrecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableWriterTest {
  @Test
  void writesHeaderAndRfc4180Rows() throws IOException {
    StringWriter out = new StringWriter();
    CsvTableWriter csv = new CsvTableWriter(out, ContractTable.QUARANTINE);
    csv.write(Arrays.asList("in.jsonl", 3L, null, "malformed_json: bad, \"very\" bad", "line one\nline two"));
    assertThat(out.toString()).isEqualTo(
        "input,line,article_id,reason,excerpt\r\n"
            + "in.jsonl,3,,\"malformed_json: bad, \"\"very\"\" bad\",\"line one\nline two\"\r\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=SUM(A1:A9)|'=SUM(A1:A9)",
      "+44 20|'+44 20",
      "-5 killed|'-5 killed",
      "@cmd|'@cmd",
      "Syrian Observatory|Syrian Observatory",
      "a=b|a=b"})
  void guardsTextCellsThatSpreadsheetsWouldRun(String cell, String written) {
    assertThat(CsvTableWriter.format(cell)).isEqualTo(written);
  }

  @Test
  void guardsTabAndCarriageReturnStarts() {
    assertThat(CsvTableWriter.format("\tx")).isEqualTo("'\tx");
    assertThat(CsvTableWriter.format("\rx")).isEqualTo("'\rx");
  }

  @Test
  void formatsDatesListsNumbersAndInfinity() {
    assertThat(CsvTableWriter.format(LocalDate.of(2020, 10, 26))).isEqualTo("2020-10-26");
    assertThat(CsvTableWriter.format(List.of("a1", "b2"))).isEqualTo("a1;b2");
    assertThat(CsvTableWriter.format(-3L)).isEqualTo("-3");
    assertThat(CsvTableWriter.format(1.5)).isEqualTo("1.5");
    assertThat(CsvTableWriter.format(2.0 / 3)).isEqualTo("0.6667");
    assertThat(CsvTableWriter.format(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(CsvTableWriter.format(null)).isEmpty();
  }

  @Test
  void rejectsRowsOfTheWrongWidth() throws IOException {
    CsvTableWriter csv = new CsvTableWriter(new StringWriter(), ContractTable.QUARANTINE);
    assertThatThrownBy(() -> csv.write(List.of("only", "two")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row has 2 values, table has 5 columns");
  }
}
