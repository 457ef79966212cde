package org.tollrecon.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes one contract table as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled. Nulls are empty cells, dates ISO {@code YYYY-MM-DD}, lists
 * joined with {@code ;}. A text cell that begins with {@code = + - @}, tab or CR is prefixed with
 * {@code '} so that spreadsheets do not run it as a formula. The caller owns (and closes) the writer.
 */
public final class CsvTableWriter {
  private static final String LINE_END = "\r\n";

  private final Writer out;
  private final List<Column> columns;

  public CsvTableWriter(Writer out, ContractTable table) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.columns = table.columns();
    writeLine(table.header().stream().map(CsvTableWriter::quoted).toList());
  }

  /** Writes one row; {@code values} are in the table's column order. */
  public void write(List<?> values) throws IOException {
    if (values.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.size() + " values, table has " + columns.size() + " columns");
    }
    String[] cells = new String[values.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = quoted(format(values.get(i)));
    }
    writeLine(List.of(cells));
  }

  private void writeLine(List<String> cells) throws IOException {
    out.write(String.join(",", cells));
    out.write(LINE_END);
  }

  /** The cell text of one value, formula-guarded when it is text. */
  static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Double d) {
      return formatDecimal(d);
    }
    if (value instanceof Collection<?> list) {
      return guardFormula(list.stream().map(CsvTableWriter::format).collect(Collectors.joining(";")));
    }
    if (value instanceof String s) {
      return guardFormula(s);
    }
    return value.toString();
  }

  private static String formatDecimal(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (Double.isNaN(d)) {
      return "";
    }
    return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String guardFormula(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  private static String quoted(String cell) {
    boolean needsQuotes =
        cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
