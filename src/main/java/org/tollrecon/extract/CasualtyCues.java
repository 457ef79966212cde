package org.tollrecon.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that say what happened to counted people: participles and adjectives after the count ("were
 * killed", "dead", "in critical condition"), verbs and nouns before it ("killing", "the deaths of", "the toll
 * at"), and the one cheap pattern that tells whether a sentence can hold a casualty claim at all.
 */
final class CasualtyCues {
  /** A cue found in a sentence: its category and how many tokens it spans. */
  record Cue(Category category, int length) {}

  private static final Map<String, Category> AFTER = Map.ofEntries(
      Map.entry("killed", Category.KILLED), Map.entry("dead", Category.KILLED), Map.entry("died", Category.KILLED),
      Map.entry("deceased", Category.KILLED),
      Map.entry("slain", Category.KILLED), Map.entry("perished", Category.KILLED),
      Map.entry("murdered", Category.KILLED), Map.entry("executed", Category.KILLED),
      Map.entry("massacred", Category.KILLED), Map.entry("martyred", Category.KILLED),
      Map.entry("beheaded", Category.KILLED),
      Map.entry("deaths", Category.KILLED), Map.entry("fatalities", Category.KILLED),
      Map.entry("bodies", Category.KILLED), Map.entry("wounded", Category.INJURED),
      Map.entry("shot", Category.INJURED), Map.entry("wound", Category.INJURED), Map.entry("wounds", Category.INJURED),
      Map.entry("injured", Category.INJURED), Map.entry("hurt", Category.INJURED),
      Map.entry("injuries", Category.INJURED), Map.entry("hospitalised", Category.INJURED),
      Map.entry("hospitalized", Category.INJURED), Map.entry("grazed", Category.INJURED),
      Map.entry("paralyzed", Category.INJURED), Map.entry("paralysed", Category.INJURED),
      Map.entry("missing", Category.MISSING),
      Map.entry("disappeared", Category.MISSING), Map.entry("displaced", Category.DISPLACED),
      Map.entry("fled", Category.DISPLACED), Map.entry("arrested", Category.DETAINED),
      Map.entry("detained", Category.DETAINED), Map.entry("kidnapped", Category.ABDUCTED),
      Map.entry("abducted", Category.ABDUCTED), Map.entry("casualties", Category.CASUALTIES));
  private static final Map<String, Category> BEFORE = Map.ofEntries(
      Map.entry("killed", Category.KILLED), Map.entry("killing", Category.KILLED), Map.entry("kills", Category.KILLED),
      Map.entry("kill", Category.KILLED), Map.entry("executed", Category.KILLED),
      Map.entry("executing", Category.KILLED), Map.entry("massacred", Category.KILLED),
      Map.entry("deaths", Category.KILLED), Map.entry("death", Category.KILLED), Map.entry("toll", Category.KILLED),
      Map.entry("dead", Category.KILLED), Map.entry("lives", Category.KILLED), Map.entry("wounded", Category.INJURED),
      Map.entry("wounding", Category.INJURED), Map.entry("wounds", Category.INJURED),
      Map.entry("injured", Category.INJURED), Map.entry("injuring", Category.INJURED),
      Map.entry("injures", Category.INJURED), Map.entry("hurting", Category.INJURED),
      Map.entry("paralyzed", Category.INJURED), Map.entry("paralyzing", Category.INJURED),
      Map.entry("paralysed", Category.INJURED), Map.entry("paralysing", Category.INJURED),
      Map.entry("displaced", Category.DISPLACED), Map.entry("displacing", Category.DISPLACED),
      Map.entry("arrested", Category.DETAINED), Map.entry("arresting", Category.DETAINED),
      Map.entry("detained", Category.DETAINED), Map.entry("detaining", Category.DETAINED),
      Map.entry("kidnapped", Category.ABDUCTED), Map.entry("kidnapping", Category.ABDUCTED),
      Map.entry("abducted", Category.ABDUCTED), Map.entry("abducting", Category.ABDUCTED),
      Map.entry("casualties", Category.CASUALTIES), Map.entry("beheaded", Category.KILLED),
      Map.entry("beheading", Category.KILLED), Map.entry("beheadings", Category.KILLED),
      Map.entry("claimed", Category.KILLED), Map.entry("claim", Category.KILLED), Map.entry("claims", Category.KILLED),
      Map.entry("murder", Category.KILLED), Map.entry("murders", Category.KILLED), Map.entry("murdering", Category.KILLED),
      Map.entry("murdered", Category.KILLED), Map.entry("massacre", Category.KILLED),
      Map.entry("massacring", Category.KILLED), Map.entry("execution", Category.KILLED),
      Map.entry("executions", Category.KILLED));
  private static final Set<String> DEATH_MANNER = Set.of("shot", "stabbed", "beaten", "burned", "burnt", "crushed");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "got", "get");
  private static final Set<String> SELF = Set.of("himself", "herself", "themselves");
  private static final Set<String> SHOT_OBJECTS = Set.of(
      "his", "her", "him", "a", "an", "the", "their", "them", "my", "me", "at", "into", "two", "three", "four");
  // Where people are shot; "shot at" one of these is said of the shot, "shot at officers" of the shooter.
  private static final Set<String> PLACES_AT = Set.of(
      "party", "parties", "bar", "club", "nightclub", "lounge", "home", "house", "residence", "apartment", "apartments",
      "complex", "park", "school", "store", "shop", "market", "mall", "restaurant", "hotel", "motel", "church",
      "station", "stop", "intersection", "corner", "gathering", "festival", "cookout", "barbecue", "vigil", "funeral",
      "wedding", "game", "concert", "event", "block", "scene", "range", "campus", "hospital", "gas", "parking", "lot", "bus");
  private static final Set<String> CARRIED = Set.of(
      "taken", "transported", "rushed", "airlifted", "lifted", "flown", "evacuated", "admitted", "treated");
  // Who may die "where" the carried were taken and still be all of them: "where he died", "where they died".
  private static final Set<String> CARRIED_PRONOUNS = Set.of("he", "she", "they", "both", "all");
  private static final Set<String> SENDING = Set.of("sent", "sends", "sending", "send");
  private static final Set<String> LANDING = Set.of("lands", "landed", "landing", "puts", "put", "putting", "left", "leaves");
  private static final Set<String> SENDING_VIOLENCE = Set.of(
      "shooting", "shootings", "gunfire", "shots", "shootout", "gunshots", "bullets", "fight", "brawl", "attack",
      "violence", "rampage", "melee", "altercation", "explosion", "blast", "crash", "stabbing", "incident");
  private static final Set<String> CLAUSE_END = Set.of(",", ".", ";", "and", "\u2014", "\u2013", "-", "");
  // What ends the clause of a "shot" whose death may follow ("shot and killed", "shot, later died" does not).
  private static final Set<String> SHOT_CLAUSE_END = Set.of(
      ",", ";", ".", "but", "-", "\u2014", "\u2013", "(", ":");
  // Nouns that name the dead after a count ("five bodies") but say nothing of the shot before them.
  private static final Set<String> HARM_NOUNS = Set.of("bodies", "deaths", "fatalities");
  private static final Set<String> SHOT_VERBS = Set.of("shot", "shoots", "shooting");
  // Words after which "shooting" is a verb with an object, not the noun: "charged with shooting", "then shooting".
  private static final Set<String> BEFORE_SHOOTING_VERB = Set.of(
      "of", "with", "for", "after", "before", "by", "while", "and", ",", "admitted", "began", "started", "then",
      "also", "without", "accidentally", "allegedly", "critically", "seriously", "randomly", "repeatedly",
      "intentionally", "mistakenly", "deliberately", "reportedly");
  private static final Set<String> SHOT_NOUN_BEFORE = Set.of("a", "the", "one", "another", "single", "warning");
  private static final Set<String> KILLED_ACTIVE = Set.of("killed", "murdered");
  static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
  // Words that open a question about the people after them: "unclear whether two people had died".
  static final Set<String> IN_DOUBT = Set.of("if", "whether");
  private static final Set<String> TAKE = Set.of("took", "takes", "take", "taking");
  private static final int OWN_HARM_WINDOW = 4;
  // Spans of time and distance after a count or article: "two killed the same day", "killed a block away".
  private static final Set<String> SPANS = Set.of(
      "same", "day", "days", "night", "nights", "morning", "afternoon", "evening", "week", "weeks", "weekend",
      "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "block", "blocks", "mile", "miles",
      "few", "previous", "following", "next", "first", "last", "-");
  private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "fair", "grave", "good");

  private CasualtyCues() {}

  /** The cue that starts at token {@code k} when read after a count, or null. */
  static Cue after(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    String next = Token.lowerAt(t, k + 1);
    if (DEATH_MANNER.contains(w) && Token.sequenceAt(t, k + 1, "to", "death")) {
      return new Cue(Category.KILLED, 3);
    }
    if (w.equals("shot")) {
      return shotThen(t, k);
    }
    if (w.equals("wound") && (next.equals("up") || next.equals("down"))) {
      return null; // "wound up in the clubhouse": the verb to wind
    }
    if ((w.equals("taken") || w.equals("removed")) && Token.sequenceAt(t, k + 1, "off", "life", "support")) {
      return new Cue(Category.KILLED, 4); // news tells a death so: "the boy was taken off life support"
    }
    if (CARRIED.contains(w)) {
      return toHospital(t, k);
    }
    if (w.equals("suffered") || w.equals("sustained") || w.equals("suffering") || w.equals("received")) {
      Category wound = woundWithin(t, k + 1, 8); // "suffered a self-inflicted gunshot wound"
      return wound == null ? null : new Cue(wound, 2);
    }
    if (TAKE.contains(w) && ownLifeAt(t, k + 1)) {
      return new Cue(Category.KILLED, 1); // "a student took his own life"
    }
    if (w.equals("fatally") && next.equals("shot")) {
      return fatallyShot(t, k + 1, 2);
    }
    if ((w.equals("shot") && next.equals("dead")) || (w.equals("gunned") && next.equals("down"))
        || (w.equals("fatally") && (next.equals("wounded") || next.equals("injured")))) {
      return new Cue(Category.KILLED, 2);
    }
    if (w.equals("lost") && (next.equals("their") || next.equals("his") || next.equals("her"))
        && (Token.lowerAt(t, k + 2).startsWith("li"))) {
      return new Cue(Category.KILLED, 3);
    }
    if (KILLED_ACTIVE.contains(w) && killedObjectAt(t, k + 1) && !passiveBefore(t, k)
        && !Token.lowerAt(t, k - 1).equals("those")) { // "among those killed the Observatory said"
      // "a man killed his wife", "a gunman killed six people": the count is the killer, dead only if he then
      // killed himself; a single object is read with its killer in SingleVictimReader, a counted one is not
      return countedObjectAt(t, k + 1) && killsSelfLater(t, k + 1) ? new Cue(Category.KILLED, 1) : null;
    }
    if (w.equals("fatally") && CLAUSE_END.contains(next)) {
      return new Cue(Category.KILLED, 1); // "three people were shot, one fatally"
    }
    if (w.equals("succumbed") || w.equals("succumbs")) {
      return new Cue(Category.KILLED, 1);
    }
    if (passedAway(t, k)) {
      return new Cue(Category.KILLED, 2); // "two of the victims passed away"
    }
    int survive = notSurvived(t, k);
    if (survive > 0) {
      return new Cue(Category.KILLED, survive); // "four people were shot, and two did not survive"
    }
    if ((w.equals("hit") || w.equals("struck")) && passiveBefore(t, k)) {
      return new Cue(Category.INJURED, 1); // "the other man was hit in the arm"; "two men struck him" is no harm
    }
    if (w.equals("in") && CONDITIONS.contains(next) && Token.lowerAt(t, k + 2).equals("condition")) {
      return new Cue(Category.INJURED, 3);
    }
    Category c = AFTER.get(w);
    if (c == null) {
      return null;
    }
    return lumped(t, k, c);
  }

  /**
   * Whether an object of an active "killed" starts at {@code k}: a possessive ("his wife"), a count or an article
   * before a word that is no span of time or distance ("six people", "the suspect"; not "the same day", "two days
   * apart", "a block from home").
   */
  private static boolean killedObjectAt(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    if (POSSESSIVES.contains(w)) {
      return true;
    }
    boolean determiner = w.equals("a") || w.equals("an") || w.equals("the")
        || k < t.size() && CardinalWords.startsCount(t.get(k));
    String after = Token.lowerAt(t, k + 1);
    return determiner && !after.isEmpty() && Character.isLetter(after.charAt(0)) && !SPANS.contains(after)
        && !ownHarmAfter(t, k + 1); // "2 killed 3 wounded", "8 persons killed 58 others injured": two counts
  }

  /**
   * Whether a harm word follows within the few words of a noun phrase from {@code from}: the count there has a
   * participle of its own.
   */
  private static boolean ownHarmAfter(List<Token> t, int from) {
    for (int j = from; j < Math.min(t.size(), from + OWN_HARM_WINDOW); j++) {
      if (AFTER.containsKey(t.get(j).lower())) {
        return true;
      }
      if (t.get(j).is("and") || !t.get(j).isWord()) {
        return false; // "killed six people and wounded seven": the harm after "and" is the killer's next verb
      }
    }
    return false;
  }

  /** "six people", "her three children": a count, perhaps after a possessive. */
  private static boolean countedObjectAt(List<Token> t, int k) {
    int at = POSSESSIVES.contains(Token.lowerAt(t, k)) ? k + 1 : k;
    return at < t.size() && CardinalWords.startsCount(t.get(at)) && !Token.lowerAt(t, at + 1).equals("-"); // an age
  }

  /** "was hit", "were also struck", "was reportedly hit": a passive auxiliary, perhaps with an adverb after it. */
  private static boolean passiveBefore(List<Token> t, int k) {
    String before = Token.lowerAt(t, k - 1);
    if (PASSIVE_AUX.contains(before)) {
      return true;
    }
    boolean adverb = before.equals("also") || before.length() > 4 && before.endsWith("ly");
    return adverb && PASSIVE_AUX.contains(Token.lowerAt(t, k - 2));
  }

  /** "passed away", "passes away": the polite "died" of family statements and follow-ups. */
  static boolean passedAway(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    return (w.equals("passed") || w.equals("passes")) && Token.lowerAt(t, k + 1).equals("away");
  }

  /**
   * "did not survive", "didn't survive": a death told by the failed survival, so the cue's length in tokens, or
   * 0. Only the past of fact: "may not survive" and "would not survive" tell a fear.
   */
  private static int notSurvived(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    if (w.equals("didn't")) {
      return Token.lowerAt(t, k + 1).equals("survive") ? 2 : 0;
    }
    return w.equals("did") && Token.sequenceAt(t, k + 1, "not", "survive") ? 3 : 0;
  }

  /** "taken to a nearby hospital", "rushed to hospital": carried off for treatment, so wounded. */
  private static Cue toHospital(List<Token> t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + 9); j++) {
      String w = t.get(j).lower();
      if (w.equals("hospital") || w.equals("hospitals") || (w.equals("medical") && Token.lowerAt(t, j + 1).equals("center"))) {
        return diedThere(t, j + 1) ? new Cue(Category.KILLED, j - k + 1) : new Cue(Category.INJURED, j - k + 1);
      }
    }
    return null;
  }

  /**
   * "a shooting that sent five people to the hospital", "sends seven to hospital", "lands four men in hospital":
   * the count between a verb of sending at {@code verb} and the "to" or "in" at {@code to} was sent for
   * treatment, so wounded. Sent to a hospital
   * where they died, they are no count of the wounded.
   */
  static boolean sentToHospital(List<Token> t, int verb, int to) {
    String v = Token.lowerAt(t, verb);
    String p = Token.lowerAt(t, to);
    boolean sent = SENDING.contains(v) && p.equals("to") || LANDING.contains(v) && p.equals("in"); // "lands four in hospital"
    if (!sent || !violenceSends(t, verb)) {
      return false;
    }
    Cue carried = toHospital(t, to - 1);
    return carried != null && carried.category() == Category.INJURED && carried.length() <= 6;
  }

  /** Whether violence does the sending ("a shooting that sent", "gunfire erupted ..., sending"), not a person. */
  private static boolean violenceSends(List<Token> t, int verb) {
    for (int j = verb - 1; j >= Math.max(0, verb - 15); j--) {
      String w = t.get(j).lower();
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
      if (SENDING_VIOLENCE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "taken to a hospital, where they died", "rushed to hospital but died": the carried died there. */
  private static boolean diedThere(List<Token> t, int from) {
    for (int j = from; j < Math.min(t.size(), from + 8); j++) {
      String w = t.get(j).lower();
      if (w.equals(".") || w.equals(";") || w.equals("after") || w.equals("said")
          || w.equals("where") && !CARRIED_PRONOUNS.contains(Token.lowerAt(t, j + 1))) {
        return false; // "all three were flown to a hospital, where Officer Smith died": one of them died
      }
      if (w.equals("died") || w.equals("succumbed") || passedAway(t, j) || Token.sequenceAt(t, j, "pronounced", "dead")) {
        return true;
      }
      if (CARRIED.contains(w)) { // "taken to a hospital in A, then flown to a hospital in B, where they died"
        Cue onward = toHospital(t, j);
        return onward != null && onward.category() == Category.KILLED;
      }
    }
    return false;
  }

  /**
   * "shot" told in the active voice with an object after it ("shot his brother", "fatally shot the man"): the
   * count before it is the one who fired, not a victim.
   */
  private static boolean shooterOf(List<Token> t, int shot) {
    String before = Token.lowerAt(t, shot - 1).equals("fatally") ? Token.lowerAt(t, shot - 2) : Token.lowerAt(t, shot - 1);
    return !PASSIVE_AUX.contains(before) && SHOT_OBJECTS.contains(Token.lowerAt(t, shot + 1))
        && !Token.lowerAt(t, shot + 1).equals("at") && !Token.lowerAt(t, shot + 1).equals("into");
  }

  /**
   * "fatally shot" with its "shot" at {@code shot}, read from a cue {@code length} tokens long: a death ("the boy
   * fatally shot in Government Hill"), unless told in the active voice ("a deputy fatally shot the man"), where
   * the count is the one who fired and dead only if he then killed himself.
   */
  private static Cue fatallyShot(List<Token> t, int shot, int length) {
    if (shooterOf(t, shot)) {
      return killsSelfLater(t, shot + 1) ? new Cue(Category.KILLED, length) : null;
    }
    return new Cue(Category.KILLED, length);
  }

  /** "... before killing himself", "then turned the gun on herself", "took his own life": a murder-suicide. */
  static boolean killsSelfLater(List<Token> t, int from) {
    return SelfKilling.at(t, from) >= 0;
  }

  /** "shot" alone is a wounding; "shot ... and died" or "shot and killed" within the clause is a death. */
  private static Cue shotThen(List<Token> t, int k) {
    String object = Token.lowerAt(t, k + 1);
    if (SHOT_NOUN_BEFORE.contains(Token.lowerAt(t, k - 1))) {
      return null; // "fired off a shot hitting a man": the noun, said of the one who fired
    }
    if (Token.lowerAt(t, k - 1).equals("fatally")) {
      return fatallyShot(t, k, 1);
    }
    if (SELF.contains(object)) {
      return Token.sequenceAt(t, k + 2, "to", "death") ? new Cue(Category.KILLED, 4) : new Cue(Category.INJURED, 2);
    }
    boolean passive = PASSIVE_AUX.contains(Token.lowerAt(t, k - 1)) || PASSIVE_AUX.contains(Token.lowerAt(t, k - 2))
        || object.equals("at") && placeAfterAt(t, k + 2); // "Two men shot at birthday party": shot where, not at whom
    if (!passive && SHOT_OBJECTS.contains(object)) {
      return shooterDies(t, k + 1); // "a boy shot his brother": the count is the shooter, not a victim
    }
    if (!passive && object.equals("and") && SHOT_OBJECTS.contains(Token.lowerAt(t, k + 3))
        && !Token.lowerAt(t, k + 3).equals("at")) {
      return shooterDies(t, k + 3); // "an officer shot and killed his wife": the shooter again
    }
    for (int j = k + 1; j < Math.min(t.size(), k + 8); j++) {
      String w = t.get(j).lower();
      if (SHOT_CLAUSE_END.contains(w) || CardinalWords.startsCount(t.get(j))) {
        break; // "Six were shot -- 2 killed and 4 wounded": the death is another count's
      }
      if (AFTER.get(w) == Category.KILLED && !HARM_NOUNS.contains(w)) { // "shot in parts of their bodies": no death
        return new Cue(Category.KILLED, j - k + 1);
      }
    }
    return new Cue(Category.INJURED, 1);
  }

  /**
   * The shooter's own death when his counted objects from {@code object} are followed by it ("shot his three
   * children before turning the gun on himself"); null otherwise, a single object being read with its killer in
   * SingleVictimReader.
   */
  private static Cue shooterDies(List<Token> t, int object) {
    return countedObjectAt(t, object) && killsSelfLater(t, object) ? new Cue(Category.KILLED, 1) : null;
  }

  /** Whether the words after "shot at" name a place or an event within a few words ("a bus stop", "the party"). */
  private static boolean placeAfterAt(List<Token> t, int from) {
    for (int j = from; j < Math.min(t.size(), from + 4); j++) {
      String w = t.get(j).lower();
      if (PLACES_AT.contains(w)) {
        return true;
      }
      if (CLAUSE_END.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The harm a wound or injury within {@code n} tokens from {@code from} tells, as after "suffered" or
   * "sustained": a death when it is called fatal or mortal ("a fatal gunshot wound"), else a wounding ("non-fatal
   * injuries" too); null when no wound is named.
   */
  static Category woundWithin(List<Token> t, int from, int n) {
    boolean fatal = false;
    for (int j = from; j < Math.min(t.size(), from + n); j++) {
      String w = t.get(j).lower();
      if (w.startsWith("wound") || w.startsWith("injur")) {
        return fatal ? Category.KILLED : Category.INJURED;
      }
      fatal |= (w.equals("fatal") || w.equals("mortal")) && !Token.lowerAt(t, j - 1).equals("-");
    }
    return null;
  }

  /** "his own life", "own life", "their own lives" from {@code k}: after "took", a suicide. */
  static boolean ownLifeAt(List<Token> t, int k) {
    int own = POSSESSIVES.contains(Token.lowerAt(t, k)) ? k + 1 : k;
    return Token.lowerAt(t, own).equals("own") && Token.lowerAt(t, own + 1).startsWith("li");
  }

  /** "killed or wounded", "dead and wounded": one figure for both, a casualties claim. */
  private static Cue lumped(List<Token> t, int k, Category c) {
    String joiner = Token.lowerAt(t, k + 1);
    if (c == Category.KILLED && (joiner.equals("and") || joiner.equals("or"))) {
      Category second = AFTER.get(Token.lowerAt(t, k + 2));
      if (second == Category.INJURED) {
        return new Cue(Category.CASUALTIES, 3);
      }
    }
    return new Cue(c, 1);
  }

  /** The category of a verb or noun just before a count ("killing", "deaths of", "toll at"), or null. */
  static Category before(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    if (SHOT_VERBS.contains(w) && Token.lowerAt(t, k - 1).equals("fatally") && activeShotAt(t, k)) {
      return Category.KILLED; // "fatally shot two men", "accused of fatally shooting his two sons"
    }
    return BEFORE.get(w);
  }

  /**
   * Whether "shot", "shoots" or "shooting" at {@code k} is the active verb of one who fired, so that the people
   * after it are those he hit: "he shot two men", "charged with shooting eight people", "opened fire, shooting
   * three". Not the passive ("were shot", "was fatally shot"), nor the noun ("after the shooting two men fled").
   */
  static boolean activeShotAt(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    if (w.equals("shooting")) {
      String before = Token.lowerAt(t, k - 1).equals("fatally") ? Token.lowerAt(t, k - 2) : Token.lowerAt(t, k - 1);
      return BEFORE_SHOOTING_VERB.contains(before);
    }
    return (w.equals("shot") || w.equals("shoots")) && !passiveBefore(t, k);
  }
}
