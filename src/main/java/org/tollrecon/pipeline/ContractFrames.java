package org.tollrecon.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tollrecon.report.CellType;
import org.tollrecon.report.Column;
import org.tollrecon.report.ContractTable;

/**
 * The contract tables as Spark rows: a schema per {@link ContractTable} and the conversion of the plain
 * values of {@code ContractRows} to and from {@link Row}. Lists become {@code ;}-joined text, as in the CSV
 * files, so the Parquet and CSV tables hold the same values. Dates are {@code java.time.LocalDate}
 * (the session runs with {@code spark.sql.datetime.java8API.enabled}).
 */
final class ContractFrames {
  private ContractFrames() {}

  static StructType schema(ContractTable table) {
    StructType schema = new StructType();
    for (Column c : table.columns()) {
      schema = schema.add(c.name(), sparkType(c.type()), true);
    }
    return schema;
  }

  static Encoder<Row> encoder(ContractTable table) {
    return Encoders.row(schema(table));
  }

  static Row toRow(List<Object> values) {
    Object[] cells = new Object[values.size()];
    for (int i = 0; i < cells.length; i++) {
      Object v = values.get(i);
      cells[i] = v instanceof Collection<?> list
          ? list.stream().map(String::valueOf).collect(Collectors.joining(";"))
          : v;
    }
    return RowFactory.create(cells);
  }

  static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      values.add(row.get(i));
    }
    return values;
  }

  private static DataType sparkType(CellType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }
}
