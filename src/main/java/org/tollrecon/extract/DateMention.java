package org.tollrecon.extract;

import java.time.LocalDate;
import java.util.Objects;

/** Words in a sentence that date an event ("on Monday", "Oct. 26, 2020"), and the date they resolve to, or null. */
record DateMention(int start, int end, String text, LocalDate date) {
  DateMention {
    Objects.requireNonNull(text, "text");
  }

  int distanceTo(int offset) {
    return offset < start ? start - offset : Math.max(0, offset - end);
  }
}
