package org.tollrecon.report;

import java.util.Objects;

/** One column of an output table: its contract name and type. */
public record Column(String name, CellType type) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static Column text(String name) {
    return new Column(name, CellType.STRING);
  }

  public static Column integer(String name) {
    return new Column(name, CellType.LONG);
  }

  public static Column decimal(String name) {
    return new Column(name, CellType.DOUBLE);
  }

  public static Column flag(String name) {
    return new Column(name, CellType.BOOLEAN);
  }

  public static Column date(String name) {
    return new Column(name, CellType.DATE);
  }
}
