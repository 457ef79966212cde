package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the kind of event a count belongs to from the event word nearest to it ("airstrike", "shelling",
 * "barrel_bomb", "clashes", "bombing", "shooting", else "attack"); null when the sentence has none.
 */
final class EventTypeReader {
  private static final String[] TYPES = {"barrel_bomb", "airstrike", "bombing", "shelling", "clashes", "shooting",
      "attack"};
  // The lookahead lists every letter a match can start with: it rejects most positions before the costlier
  // word-boundary test and the alternation run, and changes no match.
  static final Pattern EVENTS = Pattern.compile(
      "(?=[abcdefgimorsw])\\b(?:(?<barrel>barrel[- ]bombs?)|(?<air>air[- ]?strikes?|air[- ]?raids?|warplanes?"
          + "|war planes|drone strikes?|aerial bombardment|strikes?)|(?<bomb>car[- ]bombs?"
          + "|suicide[- ](?:bombers?|bombings?|bombs?|attacks?|attackers?|blasts?|vests?)"
          + "|bombings?|bombs?|explosions?|blasts?|explosive|IEDs?)"
          + "|(?<shell>shelling|shelled|shells|artillery|mortars?|rockets?|barrage|bombardment"
          + "|missiles?)|(?<clash>clash(?:es|ed)?|fighting|battles?|firefights?|gun ?battles?)"
          + "|(?<shoot>shootings?|shot|shots|gunman|gunmen|gunfire|opened fire|shooter|gunshots?)"
          + "|(?<attack>attacks?|attacked|assault|ambush(?:ed)?))\\b",
      Pattern.CASE_INSENSITIVE);
  static final OpeningWords EVENTS_OPENS = OpeningWords.of("barrel", "air", "airstrike", "airstrikes", "airraid",
      "airraids", "warplane", "warplanes", "war", "drone", "aerial", "strike", "strikes", "car", "suicide", "bombing",
      "bombings", "bomb", "bombs", "explosion", "explosions", "blast", "blasts", "explosive", "ied", "ieds",
      "shelling", "shelled", "shells", "artillery", "mortar", "mortars", "rocket", "rockets", "barrage",
      "bombardment", "missile", "missiles", "clash", "clashes", "clashed", "fighting", "battle", "battles",
      "firefight", "firefights", "gun", "gunbattle", "gunbattles", "shooting", "shootings", "shot", "shots",
      "gunman", "gunmen", "gunfire", "opened", "shooter", "gunshot", "gunshots", "attack", "attacks", "attacked",
      "assault", "ambush", "ambushed");
  private static final String[] GROUPS = {"barrel", "air", "bomb", "shell", "clash", "shoot", "attack"};

  /** One event word of a sentence and the type it names. */
  record EventMention(int start, int end, String type) {
    int distanceTo(int offset) {
      return offset < start ? start - offset : Math.max(0, offset - end);
    }
  }

  /** Every event word of {@code sentence}, read once so that each count can take the nearest. */
  List<EventMention> find(String sentence) {
    Matcher m = EVENTS.matcher(sentence);
    List<EventMention> out = new ArrayList<>();
    for (int from = 0; EVENTS_OPENS.find(m, sentence, from); from = m.end()) {
      out.add(new EventMention(m.start(), m.end(), typeOf(m)));
    }
    return out;
  }

  /** The type of the event word nearest to char offset {@code at}, or null when there is none. */
  static String nearest(List<EventMention> events, int at) {
    EventMention best = null;
    for (EventMention e : events) {
      if (best == null || e.distanceTo(at) < best.distanceTo(at)) {
        best = e;
      }
    }
    return best == null ? null : best.type();
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
