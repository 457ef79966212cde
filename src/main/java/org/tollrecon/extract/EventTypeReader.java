package org.tollrecon.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the kind of event a count belongs to from the event word nearest to it ("airstrike", "shelling",
 * "barrel_bomb", "clashes", "bombing", "shooting", else "attack"); null when the sentence has none.
 */
final class EventTypeReader {
  private static final String[] TYPES = {"barrel_bomb", "airstrike", "bombing", "shelling", "clashes", "shooting",
      "attack"};
  private static final Pattern EVENTS = Pattern.compile(
      "\\b(?:(?<barrel>barrel[- ]bombs?)|(?<air>air[- ]?strikes?|air[- ]?raids?|warplanes?|war planes|drone strikes?"
          + "|aerial bombardment|strikes?)|(?<bomb>car[- ]bombs?|suicide|bombings?|bombs?|explosions?|blasts?"
          + "|explosive|IEDs?)|(?<shell>shelling|shelled|shells|artillery|mortars?|rockets?|barrage|bombardment"
          + "|missiles?)|(?<clash>clash(?:es|ed)?|fighting|battles?|firefights?|gun ?battles?)"
          + "|(?<shoot>shootings?|shot|shots|gunman|gunmen|gunfire|opened fire|shooter|gunshots?)"
          + "|(?<attack>attacks?|attacked|assault|ambush(?:ed)?))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final String[] GROUPS = {"barrel", "air", "bomb", "shell", "clash", "shoot", "attack"};

  /** The event type nearest to char offset {@code at} of {@code sentence}, or null. */
  String read(String sentence, int at) {
    Matcher m = EVENTS.matcher(sentence);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      int distance = at < m.start() ? m.start() - at : Math.max(0, at - m.end());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = typeOf(m);
      }
    }
    return best;
  }

  private static String typeOf(Matcher m) {
    for (int i = 0; i < GROUPS.length; i++) {
      if (m.group(GROUPS[i]) != null) {
        return TYPES[i];
      }
    }
    throw new IllegalStateException("event pattern matched no group: " + m.group());
  }
}
