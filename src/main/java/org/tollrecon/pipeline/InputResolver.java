package org.tollrecon.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tollrecon.ingest.InputFormat;
import org.tollrecon.ingest.QuarantineReason;
import org.tollrecon.ingest.QuarantineRecord;

/**
 * Expands the {@code --input} arguments (paths or globs on any Hadoop file system) into the things to read,
 * each with its format. A folder is read flat: its {@code .txt} files as one text-folder input (with its
 * {@code metadata.csv}), its {@code .jsonl}/{@code .csv}/{@code .parquet} files each by extension; a folder
 * of {@code part-*.parquet} files is one Parquet input. What cannot be read becomes a quarantine row.
 */
final class InputResolver {
  private final Configuration hadoopConf;
  private final Optional<InputFormat> forced;

  InputResolver(Configuration hadoopConf, Optional<InputFormat> forced) {
    this.hadoopConf = hadoopConf;
    this.forced = forced;
  }

  /** The resolved inputs and, for arguments that matched nothing readable, their quarantine rows. */
  record Resolution(List<InputSource> sources, List<QuarantineRecord> unreadable) {}

  Resolution resolve(List<String> arguments) throws IOException {
    List<InputSource> sources = new ArrayList<>();
    List<QuarantineRecord> unreadable = new ArrayList<>();
    for (String argument : arguments) {
      Path pattern = new Path(argument);
      FileSystem fs = pattern.getFileSystem(hadoopConf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        unreadable.add(unreadable(argument, "no file matches this path"));
        continue;
      }
      Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
      for (FileStatus match : matches) {
        List<InputSource> found = match.isDirectory() ? folder(fs, match.getPath()) : file(match.getPath()).stream().toList();
        if (found.isEmpty()) {
          unreadable.add(unreadable(match.getPath().toString(), "no .txt, .jsonl, .csv or .parquet input here"));
        }
        sources.addAll(found);
      }
    }
    return new Resolution(sources, unreadable);
  }

  private Optional<InputSource> file(Path path) {
    Optional<InputFormat> format = forced.or(() -> InputFormat.ofFileName(path.getName()));
    return format.map(f -> new InputSource(path.toString(), f, f == InputFormat.TEXT ? metadataBeside(path) : null));
  }

  private List<InputSource> folder(FileSystem fs, Path dir) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().toString()));
    boolean sparkParquet =
        Arrays.stream(children).anyMatch(c -> c.isFile() && c.getPath().getName().endsWith(".parquet")
            && c.getPath().getName().startsWith("part-"));
    if (forced.map(f -> f == InputFormat.PARQUET).orElse(sparkParquet)) {
      return List.of(new InputSource(dir.toString(), InputFormat.PARQUET, null));
    }
    List<InputSource> sources = new ArrayList<>();
    boolean hasText = false;
    for (FileStatus child : children) {
      if (!child.isFile() || child.getPath().getName().startsWith(".") || child.getPath().getName().startsWith("_")) {
        continue;
      }
      Optional<InputFormat> format = forced.or(() -> InputFormat.ofFileName(child.getPath().getName()));
      if (format.isEmpty()) {
        continue;
      }
      if (format.get() == InputFormat.TEXT) {
        hasText = true;
      } else {
        sources.add(new InputSource(child.getPath().toString(), format.get(), null));
      }
    }
    if (hasText) {
      Path metadata = new Path(dir, "metadata.csv");
      sources.add(0, new InputSource(new Path(dir, "*.txt").toString(), InputFormat.TEXT,
          fs.exists(metadata) ? metadata.toString() : null));
    }
    return sources;
  }

  private String metadataBeside(Path file) {
    try {
      Path metadata = new Path(file.getParent(), "metadata.csv");
      return metadata.getFileSystem(hadoopConf).exists(metadata) ? metadata.toString() : null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot look for metadata.csv beside " + file, e);
    }
  }

  private static QuarantineRecord unreadable(String input, String detail) {
    return new QuarantineRecord(input, 0, null, QuarantineReason.UNREADABLE_INPUT.describe(detail), null);
  }
}
