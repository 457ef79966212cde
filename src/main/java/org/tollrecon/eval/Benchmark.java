package org.tollrecon.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores a run against a benchmark's gold file, recognised by its columns: a GVC {@code incidents.csv} or
 * a FA-KES {@code labels.csv}. {@code gold} may also be the benchmark folder holding one of them.
 */
public final class Benchmark {
  private Benchmark() {}

  /** The score, described for the console. */
  public static String score(Path runDir, Path gold) throws IOException {
    Path file = Files.isDirectory(gold) ? goldFileIn(gold) : gold;
    CsvTable table = CsvTable.read(file);
    if (table.hasColumns("incident_id", "killed", "injured", "article_ids")) {
      return GvcScorer.score(runDir, file).describe();
    }
    if (table.hasColumns("id", "nb_civilians", "nb_noncivilians")) {
      return FakesScorer.score(runDir, file).describe();
    }
    throw new IllegalArgumentException(file + " is neither a GVC incidents.csv nor a FA-KES labels.csv");
  }

  private static Path goldFileIn(Path folder) {
    for (String name : new String[] {"incidents.csv", "labels.csv"}) {
      if (Files.isRegularFile(folder.resolve(name))) {
        return folder.resolve(name);
      }
    }
    throw new IllegalArgumentException(folder + " holds neither incidents.csv nor labels.csv");
  }
}
