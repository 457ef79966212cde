package org.tollrecon.extract;

import java.util.List;

/**
 * What a sentence says once for all its counts: scope, source, date words, place, country; and the event type
 * near a given count (falling back on the previous sentence when the sentence names no event).
 */
record SentenceFacts(String sentence, String previous, Scope scope, String attributedTo, List<DateMention> dates,
    String location, String country, EventTypeReader eventTypes) {

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
    String own = eventTypes.read(sentence, offset);
    if (own != null || previous == null) {
      return own;
    }
    return eventTypes.read(previous, previous.length());
  }
}
