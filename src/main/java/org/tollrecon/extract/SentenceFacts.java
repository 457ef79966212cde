package org.tollrecon.extract;

import java.util.List;

/**
 * What a sentence says once for all its counts: scope, source, date words, place, country; and the event type
 * near a given count (falling back on the previous sentence when the sentence names no event).
 */
record SentenceFacts(Scope scope, String attributedTo, List<DateMention> dates, String location,
    String locationText, String country,
    List<EventTypeReader.EventMention> events, String previousEventType) {

  DateMention nearestDate(int offset) {
    DateMention best = null;
    for (DateMention d : dates) {
      if (best == null || d.distanceTo(offset) < best.distanceTo(offset)) {
        best = d;
      }
    }
    return best;
  }

  String eventType(int offset) {
    String own = EventTypeReader.nearest(events, offset);
    return own != null ? own : previousEventType;
  }
}
