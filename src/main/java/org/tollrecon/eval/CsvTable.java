package org.tollrecon.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CSV file with a header row, read whole into rows by column name (empty cells as empty strings). */
public record CsvTable(List<String> header, List<Map<String, String>> rows) {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public static CsvTable read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "expected a CSV file");
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it =
            MAPPER.readerForMapOf(String.class).with(schema).readValues(in)) {
      List<Map<String, String>> rows = new ArrayList<>();
      while (it.hasNext()) {
        rows.add(it.next());
      }
      List<String> header = new ArrayList<>();
      CsvSchema read = (CsvSchema) it.getParser().getSchema();
      read.forEach(c -> header.add(c.getName()));
      return new CsvTable(header, rows);
    }
  }

  public boolean hasColumns(String... names) {
    return header.containsAll(List.of(names));
  }
}
