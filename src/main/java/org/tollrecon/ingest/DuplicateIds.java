package org.tollrecon.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps the first record of an id and marks every later one as a duplicate, naming where the first was
 * read. "First" is by input name, then line, so the choice does not depend on partitioning.
 */
public final class DuplicateIds {
  private DuplicateIds() {}

  /** All records sharing one id, in any order; gives them back with every copy after the first marked. */
  public static List<RawRecord> markCopies(Iterator<RawRecord> sameId) {
    List<RawRecord> records = new ArrayList<>();
    sameId.forEachRemaining(records::add);
    records.sort(Comparator.comparing(RawRecord::input).thenComparingLong(RawRecord::line));
    List<RawRecord> out = new ArrayList<>(records.size());
    RawRecord first = null;
    for (RawRecord r : records) {
      if (r.defect() != null || r.id() == null || r.id().isBlank()) {
        out.add(r);
      } else if (first == null) {
        first = r;
        out.add(r);
      } else {
        String where = "first seen in " + first.input() + (first.line() > 0 ? " line " + first.line() : "");
        out.add(new RawRecord(r.input(), r.line(), r.id(), r.url(), r.source(), r.published(), r.title(),
            r.text(), QuarantineReason.DUPLICATE_ID.describe(where)));
      }
    }
    return out;
  }

  /** The grouping key of a record: its stripped id, or a key of its own when it has none or is defective. */
  public static String keyOf(RawRecord r) {
    if (r.defect() != null || r.id() == null || r.id().isBlank()) {
      return "\u0000" + r.input() + "\u0000" + r.line();
    }
    return r.id().strip();
  }
}
