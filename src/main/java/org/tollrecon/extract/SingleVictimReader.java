package org.tollrecon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the statements about one harmed person that carry no number: a name, a pronoun or a definite noun as
 * the subject of a harm predicate ("Eric Brown, 23, was shot and killed", "He later died", "The victim was
 * pronounced dead", "the 16-year-old who was shot is in critical condition"). Local news tells most tolls of
 * one this way. Takes a tokenised sentence, gives each such person's category and subject span; whether the
 * subject points back to someone already mentioned (a pronoun, "the victim") is kept for coreference.
 * Headlines drop articles and auxiliaries ("Man killed in crash", "Boy, 3, wounded", "Teen Shot, Killed",
 * "Man killed, another injured"): read as a headline, a sentence may name its one person by a bare noun.
 * Thread-safe.
 */
final class SingleVictimReader {
  /** One person harmed: category, the subject's tokens {@code [start, end)}, its head noun's group or null. */
  record Statement(Category category, int start, int end, String group, boolean refersBack) {}

  /**
   * People listed together as harmed, as the subject of one plural predicate or the objects of one verb: tokens
   * {@code [start, end)}, {@code people} of them; {@code withKiller}: one of them is the one who fired, told dead
   * after the list ("killed his wife and two sons before killing himself").
   */
  record NamedGroup(Category category, int start, int end, int people, boolean withKiller) {
    NamedGroup {
      if (category == null || start < 0 || end <= start || people < (withKiller ? 3 : 2)) {
        throw new IllegalArgumentException("bad group " + category + " " + start + ".." + end + " of " + people);
      }
    }

    /** The people listed, without the one who fired: for a sentence whose count before the verb is him. */
    NamedGroup withoutKiller() {
      return withKiller ? new NamedGroup(category, start, end, people - 1, false) : this;
    }
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she");
  // Who "killing" names as the object shot before it: "shot his daughter, killing her", "shot both men, killing them".
  private static final Set<String> KILLED_PRONOUNS = Set.of("him", "her", "them");
  // Capitalised words that open a sentence or a list without naming anyone ("Saturday, Smith and Jones were shot").
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december", "meanwhile", "however",
      "also", "both", "later", "earlier", "then", "now", "today", "tonight", "yesterday", "update", "and", "but");
  private static final int MAX_NAME_WORDS = 4;
  // Nouns of harm whose "of" names the harmed: "the murders of a woman and her daughter".
  private static final Set<String> HARMS_OF = Set.of(
      "killing", "killings", "murder", "murders", "deaths", "shooting", "shootings", "slaying", "slayings");
  // Words between subject and participle that leave the subject singular and the predicate a report of harm.
  private static final Set<String> PREDICATE_FILLERS = Set.of(
      "was", "is", "has", "had", "been", "got", "later", "then", "also", "reportedly", "fatally", "critically",
      "seriously", "accidentally", "allegedly", "initially", "eventually", "ultimately", "subsequently",
      "apparently", "still", "now", "remains", "remained", "listed", "pronounced", "found", "mortally", "badly",
      "severely", "being", "tragically", "both", "instantly", "just", "previously", "already", "currently",
      "air", "airlifted", "lifted");
  private static final Set<String> SINGULAR_AUX = Set.of(
      "was", "is", "has", "had", "got", "remains", "remained", "listed", "pronounced", "found");
  private static final Set<String> AUXILIARIES = Set.of(
      "was", "is", "has", "got", "remains", "remained", "had", "been", "being", "listed", "pronounced", "found");
  private static final Set<String> STOP_NAMES = Set.of(
      "the", "a", "an", "i", "police", "it", "this", "that", "there", "authorities", "officials", "investigators",
      "deputies", "witnesses", "he", "she", "they", "who", "which", "nobody", "one", "no", "none", "anyone",
      "someone", "somebody", "everyone", "no-one", "what", "where", "when", "while", "after", "before", "if");
  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its", "our", "my", "your");
  // "a shooting in Memphis was ...": a capitalised word after these is a place or a thing, not a person.
  private static final Set<String> PREPOSITIONS = Set.of(
      "in", "on", "at", "of", "from", "near", "to", "by", "with", "for", "into", "outside", "inside", "the", "a");
  private static final int MAX_PARENTHETICAL = 10;
  private static final Set<String> DEATH_VERBS = Set.of("died", "dies", "succumbed", "succumbs");
  // A second predicate joined to the first ("was taken to a hospital but died") shares its subject.
  private static final Set<String> COORDINATORS = Set.of("and", "but");
  private static final Set<String> FINITE_HARM = Set.of(
      "suffered", "sustained", "received", "shot", "shoots", "drove", "took", "walked", "arrived", "showed");
  private static final Set<String> SELF_TRANSPORT = Set.of("drove", "took", "walked");
  private static final Set<String> ARRIVALS = Set.of("arrived", "walked", "showed");
  private static final Set<String> RECOVER = Set.of("survive", "recover", "live");
  private static final Set<String> ACTIVE_HARM = Set.of(
      "shot", "shoots", "killed", "kills", "wounded", "wounds", "injured", "injures", "stabbed", "stabs");
  // The shooter's side told in a participle clause: "returned fire, killing the suspect", "hitting the boy".
  private static final Set<String> HARM_PARTICIPLES = Set.of(
      "killing", "wounding", "injuring", "hitting", "striking");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "are", "been", "being", "got", "get");
  // "dead" tells one person's death only after these ("was found dead"), not as an adjective ("a dead end").
  private static final Set<String> BEFORE_DEAD = Set.of("is", "was", "pronounced", "found");
  // Verbs that take a life told as "the life of" someone: "the shooting claimed the life of a girl".
  private static final Set<String> LIFE_TAKERS = Set.of(
      "claimed", "claims", "claiming", "took", "takes", "taken", "taking", "ended", "ends");
  // Where one who fired may shoot himself: "shoots own leg".
  private static final Set<String> BODY_PARTS = Set.of(
      "leg", "foot", "hand", "arm", "head", "chest", "finger", "thigh", "knee", "stomach", "hip", "shoulder");
  // Nouns of one death, its victim after "of": "the murder of his wife", headline "mourns death of son, 16".
  private static final Set<String> DEATH_NOUNS = Set.of("death", "killing", "murder", "slaying");
  // How a death noun may tell the death was dealt: "the shooting death of".
  private static final Set<String> WEAPON_DEATHS = Set.of("shooting", "stabbing");
  // A headline's present-tense harm verbs, their object the harmed: "Homeowner shoots intruder".
  private static final Set<String> HEADLINE_ACTIVE = Set.of(
      "shoots", "kills", "wounds", "injures", "grazes", "stabs");
  // Participles a headline puts straight after its subject, the auxiliary dropped.
  private static final Set<String> HEADLINE_HARM = Set.of(
      "killed", "dead", "slain", "shot", "wounded", "injured", "hurt", "grazed", "dies", "died");
  // What may come before a headline's "another": a first harmed person ("Man killed, another hurt").
  private static final Set<String> HEADLINE_CLAUSE_START = Set.of(":", ",", ";", "and", "\u2014", "\u2013");

  private final VictimNouns victims;
  private final CardinalWords cardinals = new CardinalWords();

  SingleVictimReader(VictimNouns victims) {
    this.victims = victims;
  }

  /** The one-person harm statements of a sentence, left to right. */
  List<Statement> read(List<Token> t) {
    return read(t, false);
  }

  /** As {@link #read(List)}; {@code headline}: the sentence is the story's headline, so may drop "a" and "was". */
  List<Statement> read(List<Token> t, boolean headline) {
    List<Statement> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      Category c = predicateAt(t, k);
      if (c == Category.INJURED && headline && shotCommaKilled(t, k)) {
        c = Category.KILLED; // "Teen accidentally shot, killed at home": the headline's second participle is the toll
      }
      boolean bare = false;
      if (c == null && headline) {
        c = headlinePredicateAt(t, k);
        bare = c != null; // no auxiliary: in a Title Case headline any capitalised word before it could pass as a name
      }
      if (c == null) {
        continue;
      }
      int before = skipFillers(t, beforePredicate(t, k));
      Statement s = !bare && singularVerb(t, before + 1, k) ? subjectEndingAt(t, before, c) : null;
      Statement last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (s == null && last != null && c == Category.KILLED && COORDINATORS.contains(Token.lowerAt(t, before))) {
        s = new Statement(c, last.start(), last.end(), last.group(), last.refersBack()); // "... but died"
      }
      if (s == null && headline) {
        s = headlineSubject(t, before, c); // "Man fatally shot while hunting": no "was" before the participle
      }
      if (s == null || CasualtyCues.IN_DOUBT.contains(Token.lowerAt(t, s.start() - 1))) {
        continue; // "police could not say whether the man had died": a question, no harm told
      }
      if (last == null || last.start() != s.start()) {
        out.add(s);
      } else if (s.category() == Category.KILLED) {
        out.set(out.size() - 1, s); // "the boy who was shot died": one person, and the death is what counts
      }
    }
    return out;
  }

  /**
   * The one-person victims of a sentence told as objects of the shooter's verbs, left to right; the
   * shooter is their subject, so they are other people than any count before the verb.
   */
  List<Statement> objects(List<Token> t) {
    return objects(t, false);
  }

  /**
   * As {@link #objects(List)}; {@code headline}: the sentence is the story's headline, which names its object by
   * a bare noun ("Homeowner shoots intruder", "Boy, 8, shoots, injures brother").
   */
  List<Statement> objects(List<Token> t, boolean headline) {
    List<Statement> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      Statement object = objectAt(t, k, headline);
      if (object != null && out.stream().noneMatch(o -> o.start() == object.start())) {
        out.add(object);
      }
    }
    return out;
  }

  /**
   * The one relative or acquaintance an active harm verb at {@code k} names as its object: "shot his uncle in
   * the stomach", "shot and killed his wife", "shot his daughter to death". Local news tells family shootings
   * this way, the shooter as subject; the victim is the possessed noun, and a first mention (no pronoun).
   */
  private Statement objectOf(List<Token> t, int k) {
    String verb = t.get(k).lower();
    boolean participle = HARM_PARTICIPLES.contains(verb);
    if (!ACTIVE_HARM.contains(verb) && !participle || PASSIVE_AUX.contains(Token.lowerAt(t, k - 1))
        || PASSIVE_AUX.contains(Token.lowerAt(t, k - 2))) {
      return null;
    }
    int o = k + 1;
    Category c = verb.startsWith("kill") || Token.lowerAt(t, k - 1).equals("fatally") ? Category.KILLED
        : Category.INJURED;
    String second = Token.lowerAt(t, o + 1);
    if (Token.lowerAt(t, o).equals("and") && (ACTIVE_HARM.contains(second) || HARM_PARTICIPLES.contains(second))) {
      c = second.startsWith("kill") ? Category.KILLED : c; // "shot and killed his wife", "hitting and killing"
      o += 2;
    }
    String determiner = Token.lowerAt(t, o);
    if (determiner.equals("another") && (o + 1 == t.size() || !t.get(o + 1).isWord())) {
      return new Statement(c, o, o + 1, null, false); // "killing one man and critically wounding another."
    }
    if (!CasualtyCues.POSSESSIVES.contains(determiner) && !determiner.equals("the") && !determiner.equals("another")) {
      return null;
    }
    int head = personHead(t, o + 1);
    if (head >= 0 && Token.lowerAt(t, head + 1).equals("'s")) {
      head = personHead(t, head + 2); // "shot the child's mother": the mother, the child only her owner
    }
    if (head < 0) {
      return null;
    }
    String w = t.get(head).lower();
    boolean death = diesAfter(t, head + 1);
    // "the suspect", "the man": maybe someone the article has already told of, so a coreference candidate
    String group = victims.contains(w) ? victims.get(w).group() : null; // "the 16-year-old": no group
    return new Statement(death ? Category.KILLED : c, o, head + 1, group, determiner.equals("the"));
  }

  private Statement objectAt(List<Token> t, int k, boolean headline) {
    Statement object = objectOf(t, k);
    if (object == null) {
      object = deathOfAt(t, k);
    }
    return object == null && headline ? headlineObjectOf(t, k) : object;
  }

  /**
   * The one person whose death a noun phrase tells, at its "of" ({@code k}): "the shooting claimed the life of a
   * 4-year-old girl", "took the life of Dale Reed", "charged in the shooting death of 6-year-old Ann Lee", "the
   * murder of his wife". The person must be named, possessed or have an article: "the killing of innocents" is
   * no one person.
   */
  private Statement deathOfAt(List<Token> t, int k) {
    if (!t.get(k).is("of") || !lifeTaken(t, k - 1) && !deathNoun(t, k - 1)) {
      return null;
    }
    int[] item = itemAt(t, k + 1);
    if (item == null || item[1] != 1) {
      return null;
    }
    String head = t.get(item[0] - 1).lower();
    String group = item[2] == 0 && victims.contains(head) ? victims.get(head).group() : null;
    return new Statement(Category.KILLED, k + 1, item[0], group, false);
  }

  /** "claimed the life", "took the life": a harm that took a life, told at "life" ({@code n}). */
  private static boolean lifeTaken(List<Token> t, int n) {
    return Token.lowerAt(t, n).equals("life") && Token.lowerAt(t, n - 1).equals("the")
        && LIFE_TAKERS.contains(Token.lowerAt(t, n - 2));
  }

  /**
   * "the death", "the shooting death", "the murder": a noun of one death with its article ({@code n} the noun). A
   * bare "death of" is left to headlines, where a capitalised "Death of Lee" may open a title.
   */
  private static boolean deathNoun(List<Token> t, int n) {
    if (!DEATH_NOUNS.contains(Token.lowerAt(t, n))) {
      return false;
    }
    int before = WEAPON_DEATHS.contains(Token.lowerAt(t, n - 1)) ? n - 2 : n - 1;
    return Token.lowerAt(t, before).equals("the");
  }

  /**
   * A headline's active harm verb and the one person it names right after it by a bare noun: "Homeowner shoots
   * intruder", "Bullet grazes teen", "Man shoots, kills 13-year-old nephew" (the last verb the one that counts),
   * or after a noun of one death: "Family mourns death of son, 16".
   */
  private Statement headlineObjectOf(List<Token> t, int k) {
    String verb = t.get(k).lower();
    if (DEATH_NOUNS.contains(verb) && Token.lowerAt(t, k + 1).equals("of")) {
      return headlinePerson(t, k + 2, true); // "mourns death of son, 16", "charged in shooting death of 2-year-old"
    }
    if (!HEADLINE_ACTIVE.contains(verb) || HEADLINE_ACTIVE.contains(Token.lowerAt(t, k - 2))
        && (t.get(k - 1).is(",") || t.get(k - 1).is("and"))) {
      return null; // the second verb of "shoots, kills" is read with the first
    }
    boolean death = verb.equals("kills") || Token.lowerAt(t, k - 1).equals("fatally");
    int o = k + 1;
    while ((Token.lowerAt(t, o).equals(",") || Token.lowerAt(t, o).equals("and"))
        && HEADLINE_ACTIVE.contains(Token.lowerAt(t, o + 1))) {
      death |= Token.lowerAt(t, o + 1).equals("kills");
      o += 2;
    }
    return headlinePerson(t, o, death);
  }

  /** The one person a headline names by a bare noun from {@code o} ("nephew", "12-year-old girl"), or null. */
  private Statement headlinePerson(List<Token> t, int o, boolean death) {
    int head = personHead(t, o);
    if (head < 0 || Token.lowerAt(t, head + 1).equals("'s")) {
      return null;
    }
    String w = t.get(head).lower();
    String group = victims.contains(w) ? victims.get(w).group() : null;
    return new Statement(death ? Category.KILLED : Category.INJURED, o, head + 1, group, false);
  }

  /**
   * The one who fired, dead by his own hand after killing the object {@code object} read by {@link #objects}:
   * "shot and killed his daughter before turning the gun on himself", "killed his wife and then himself". A
   * statement at the word "himself" (or "life"), or null when the clause tells no such death.
   */
  Statement killerOf(List<Token> t, Statement object) {
    if (object.category() != Category.KILLED) {
      return null;
    }
    int self = SelfKilling.at(t, object.end());
    return self < 0 ? null : new Statement(Category.KILLED, self, self + 1, null, false);
  }

  /**
   * The singular person noun that heads the noun phrase from {@code from}, past up to six modifiers ("17-year-old
   * brother", "young daughter"), or -1.
   */
  private int personHead(List<Token> t, int from) {
    int head = from;
    while (head < Math.min(t.size(), from + 6) && (!isPersonNoun(t, head) || ageBeforeNoun(t, head))
        && NounPhraseWords.isModifier(t, head)) {
      head++;
    }
    return head < t.size() && isPersonNoun(t, head) ? head : -1;
  }

  /** "his 17-year-old brother": the age is a modifier of the noun after it, not the person itself. */
  private boolean ageBeforeNoun(List<Token> t, int k) {
    return t.get(k).is("old") && k + 1 < t.size() && isPersonNoun(t, k + 1);
  }

  /**
   * "shot his daughter three times, killing her", "shot her son and then herself in a murder-suicide", "shot both
   * men, killing them", "shooting five people to death": the object's death told in the same clause.
   */
  static boolean diesAfter(List<Token> t, int from) {
    if (Token.sequenceAt(t, from, "to", "death")) {
      return true;
    }
    for (int j = from; j < Math.min(t.size(), from + 12); j++) {
      if (t.get(j).is("murder") && Token.sequenceAt(t, j + 1, "-", "suicide")) {
        return true;
      }
      if (t.get(j).is("killing") && KILLED_PRONOUNS.contains(Token.lowerAt(t, j + 1))
          && !Token.lowerAt(t, j - 1).equals("not")) { // "striking the driver but not killing him"
        return true;
      }
      if (t.get(j).is(".") || t.get(j).is(";")) {
        return false;
      }
    }
    return false;
  }

  /** "himself", "self", "own leg": after "shot", a harm the one who fired did to himself. */
  private static boolean ownBody(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    return SelfKilling.SELF.contains(w) || w.equals("self")
        || w.equals("own") && BODY_PARTS.contains(Token.lowerAt(t, k + 1));
  }

  /** "kills herself", "took his own life": the subject dead by its own hand. */
  private static boolean killsSelf(List<Token> t, int k) {
    return (t.get(k).is("killed") || t.get(k).is("kills")) && SelfKilling.SELF.contains(Token.lowerAt(t, k + 1))
        || (t.get(k).is("took") || t.get(k).is("takes")) && CasualtyCues.ownLifeAt(t, k + 1);
  }

  /** The first auxiliary in {@code [from, k)} agrees with one subject; with none, the verb is finite. */
  private static boolean singularVerb(List<Token> t, int from, int k) {
    for (int j = from; j < k; j++) {
      String w = t.get(j).lower();
      if (AUXILIARIES.contains(w)) {
        return SINGULAR_AUX.contains(w);
      }
    }
    String verb = t.get(k).lower();
    return DEATH_VERBS.contains(verb) || CasualtyCues.passedAway(t, k) || FINITE_HARM.contains(verb) || killsSelf(t, k);
  }

  /** The category a harm predicate starting at {@code k} tells of one person, or null. */
  private static Category predicateAt(List<Token> t, int k) {
    String w = t.get(k).lower();
    if (DEATH_VERBS.contains(w) || CasualtyCues.passedAway(t, k)) {
      return Category.KILLED;
    }
    if (w.equals("suffered") || w.equals("sustained") || w.equals("received")) {
      return CasualtyCues.woundWithin(t, k + 1, 8);
    }
    if ((w.equals("shot") || w.equals("shoots")) && ownBody(t, k + 1)) {
      // "accidentally shot himself in the leg"; "shot and killed himself" reads on; "fatally shoots himself" died
      boolean death = Token.sequenceAt(t, k + 2, "to", "death") || Token.lowerAt(t, k - 1).equals("fatally");
      return death ? Category.KILLED : Category.INJURED;
    }
    if (killsSelf(t, k)) {
      return Category.KILLED; // "3-year-old kills herself with loaded gun"
    }
    if (w.equals("recovering") && PREDICATE_FILLERS.contains(Token.lowerAt(t, k - 1))) {
      return Category.INJURED;
    }
    Category own = wentForTreatment(t, k);
    if (own != null) {
      return own;
    }
    if (w.equals("deceased")) {
      w = "dead"; // "was pronounced deceased"
    }
    if (!PREDICATE_FILLERS.contains(Token.lowerAt(t, beforePredicate(t, k))) && !w.equals("dead")) {
      return null; // a participle names a harm done to the subject only after "was", "is", "has been"...
    }
    CasualtyCues.Cue cue = CasualtyCues.after(t, k);
    if (cue == null || (cue.category() != Category.KILLED && cue.category() != Category.INJURED)) {
      return null;
    }
    return w.equals("dead") && !BEFORE_DEAD.contains(Token.lowerAt(t, k - 1)) ? null : cue.category();
  }

  /**
   * The other single people a list names before a harmed subject whose first token is {@code first}: "a
   * 15-year-old girl, two women and a man were shot" gives the girl (the two women are a count, read apart),
   * "Man, woman and boy wounded" the man and the woman. Items are joined by "," or "and"; the list ends at
   * anything that is not a person noun with its modifiers.
   */
  List<Statement> listedBefore(List<Token> t, int first, Category c) {
    List<Statement> out = new ArrayList<>();
    if (first > 0 && t.get(first - 1).is(",") && isNameWord(t.get(first)) && !victims.contains(t.get(first).lower())
        && !CardinalWords.startsCount(t.get(first))) {
      return out; // "The victim, John Smith, 24, was shot": one person told, then named
    }
    int j = first - 1;
    if (j >= 0 && (DETERMINERS.contains(t.get(j).lower()) || t.get(j).is("a") || t.get(j).is("an"))) {
      j--; // "and a man", "and her son"
    }
    while (j > 0 && (t.get(j).is(",") || t.get(j).is("and"))) {
      int end = t.get(j).is("and") && t.get(j - 1).is(",") ? j - 2 : j - 1;
      if (end > 1 && t.get(end).isDigits() && t.get(end - 1).is(",")) {
        end -= 2; // "a man, 30, and two women": an age in apposition
      }
      if (end < 0 || !victims.contains(t.get(end).lower()) && !isPersonNoun(t, end)) {
        break;
      }
      int start = end;
      boolean counted = false;
      while (start > 0 && end - start < 6 && !t.get(start - 1).is(",") && !t.get(start - 1).is("and")
          && (NounPhraseWords.isModifier(t, start - 1) || t.get(start - 1).isDigits()
              || CardinalWords.isNumberWord(t.get(start - 1).lower()))) {
        counted |= isCount(t, start - 1);
        start--;
      }
      String article = Token.lowerAt(t, start - 1);
      if (article.equals("a") || article.equals("an") || article.equals("another") || DETERMINERS.contains(article)) {
        start--;
      }
      if (Token.lowerAt(t, start - 1).equals("including")) {
        break; // "four dead, including the gunman, and one hurt": the gunman is one of the four, not one more
      }
      CasualtyCues.Cue own = start > 0 ? CasualtyCues.after(t, start - 1) : null;
      if (own != null && own.category() != c) {
        break; // "one deceased male and a second male wounded": the first is told dead, not wounded
      }
      if (isPersonNoun(t, end) && !counted) {
        out.add(new Statement(c, start, end + 1, victims.contains(t.get(end).lower())
            ? victims.get(t.get(end).lower()).group() : null, false));
      }
      j = start - 1;
    }
    return out;
  }

  /** A count word heading a listed item ("two women"), not an age ("a 7-year-old", "girl, 7,"). */
  private static boolean isCount(List<Token> t, int k) {
    return CardinalWords.startsCount(t.get(k))
        && !Token.lowerAt(t, k + 1).equals("-") && !Token.lowerAt(t, k + 1).equals("year");
  }

  /**
   * The people of a list of single persons told harmed by one plural predicate: "A man, woman and boy were
   * wounded", "a woman and her son were shot". Empty unless the list names two or more.
   */
  List<Statement> pluralListed(List<Token> t) {
    List<Statement> out = new ArrayList<>();
    for (int k = 2; k < t.size(); k++) {
      int aux = skipFillers(t, k - 1);
      if (aux < 1 || !(t.get(aux).is("were") || t.get(aux).is("are")) || !isPersonNoun(t, aux - 1)
          || !t.get(aux - 1).isWord() && !t.get(aux - 1).is("old")) {
        continue;
      }
      CasualtyCues.Cue cue = CasualtyCues.after(t, k);
      if (cue == null || cue.category() != Category.KILLED && cue.category() != Category.INJURED) {
        continue;
      }
      Statement last = headlineSubject(t, aux - 1, cue.category());
      List<Statement> before = last == null ? List.of() : listedBefore(t, last.start(), cue.category());
      if (!before.isEmpty()) {
        out.addAll(before);
        out.add(last);
      }
    }
    return out;
  }

  /**
   * Two or more people named by name as the subject of one plural harm predicate: "Smith and Jones were killed",
   * "Avis, Mary Spann and Figueroa were shot", "25-year-old Canyon Molitor and 30-year-old Elroi Ashley were both
   * dead", an age aside before the verb allowed ("Justin Aiken and Cody Bouphavong, both 21, were killed").
   */
  List<NamedGroup> namedTogether(List<Token> t) {
    List<NamedGroup> out = new ArrayList<>();
    for (int k = 2; k < t.size(); k++) {
      int aux = skipFillers(t, k - 1);
      if (aux < 1 || !(t.get(aux).is("were") || t.get(aux).is("are"))) {
        continue;
      }
      CasualtyCues.Cue cue = CasualtyCues.after(t, k);
      if (cue == null || cue.category() != Category.KILLED && cue.category() != Category.INJURED) {
        continue;
      }
      int last = t.get(aux - 1).is(",") ? openingOf(t, aux - 1) : aux - 1;
      NamedGroup group = last < 0 ? null : namesEndingAt(t, last, cue.category());
      if (group != null && out.stream().noneMatch(g -> g.start() == group.start())) {
        out.add(group);
      }
    }
    return out;
  }

  /**
   * The names of a list "A, B and C" whose last name ends at {@code last}, if it names two or more. The last may
   * be a person told by a determined noun instead ("Agent Lee Tartt and the male suspect were killed").
   */
  private NamedGroup namesEndingAt(List<Token> t, int last, Category c) {
    int people = 0;
    int start = -1;
    int j = last;
    boolean joined = false;
    Statement noun = isPersonNoun(t, last) && !t.get(last).isCapitalised() ? subject(t, last, c) : null;
    if (noun != null) {
      if (!Token.lowerAt(t, noun.start() - 1).equals("and") || !t.get(noun.start()).isWord()) {
        return null; // "the suspect" alone, or "a man and the suspect": no name to join
      }
      people = 1;
      start = noun.start();
      joined = true;
      j = beforeAge(t, noun.start() - 2);
      if (j < 0 || victims.contains(t.get(j).lower())) {
        return null; // "Officers and the suspect": a group noun, no name
      }
    }
    while (j >= 0) {
      int first = nameStart(t, j);
      if (first < 0) {
        break;
      }
      int item = first >= 5 && t.get(first - 5).isDigits() && Token.sequenceAt(t, first - 4, "-", "year", "-", "old")
          ? first - 5 : first; // "30-year-old Elroi Ashley"
      if (item > 0 && PREPOSITIONS.contains(t.get(item - 1).lower())) {
        break; // "in Chicago, Smith and Jones": a place, not a third person
      }
      item = appositionStart(t, item);
      people++;
      start = item;
      String joiner = Token.lowerAt(t, item - 1);
      if (joiner.equals("and") && !joined && people == 1) {
        joined = true;
        j = beforeAge(t, Token.lowerAt(t, item - 2).equals(",") ? item - 3 : item - 2); // "A, B, and C"
      } else if (joiner.equals(",") && joined) {
        j = beforeAge(t, item - 2);
      } else {
        break;
      }
    }
    return joined && people >= 2 ? new NamedGroup(c, start, last + 1, people, false) : null;
  }

  /**
   * "her daughter, Ann Cole": a person noun set beside the name that starts at {@code name}, told by a
   * possessive or "the" before it; gives where that noun's words start, else {@code name}.
   */
  private int appositionStart(List<Token> t, int name) {
    int noun = name - 2;
    if (noun < 1 || !t.get(name - 1).is(",") || !isPersonNoun(t, noun) || !t.get(noun).isWord()) {
      return name;
    }
    String determiner = Token.lowerAt(t, noun - 1);
    return CasualtyCues.POSSESSIVES.contains(determiner) || determiner.equals("the") ? noun - 1 : name;
  }

  /**
   * "Ann Cole, 39, and ...": the last token of the name before an age set beside it, whose last token is
   * {@code k}; else {@code k}.
   */
  private static int beforeAge(List<Token> t, int k) {
    boolean age = k >= 2 && t.get(k).isDigits() && t.get(k).text().length() <= 3 && t.get(k - 1).is(",")
        && t.get(k - 2).isCapitalised();
    return age ? k - 2 : k;
  }

  /**
   * Two or more people listed as the objects of one harm verb or noun: "fatally shot his wife and two young sons",
   * "shot and killed Dale Reed and Omar Vance", "killed his wife, 2 sons, then himself", "the murders of a woman
   * and her daughter". Each item is a possessed or determined person noun, a count of people or a name; the
   * verb's category holds unless a death follows ("shot his wife and son to death").
   * {@code headline}: the sentence is the story's headline, whose lists drop the "and" ("Man shoots girl, 2 women").
   */
  List<NamedGroup> objectLists(List<Token> t, boolean headline) {
    List<NamedGroup> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      int from = listStart(t, k);
      if (from < 0) {
        continue;
      }
      NamedGroup group = objectListFrom(t, from, harmOfVerb(t, k, from), headline);
      if (group != null) {
        out.add(group);
        k = group.end() - 1;
      }
    }
    return out;
  }

  /** Where the objects of a harm verb or noun at {@code k} start ("shot and killed |his wife"), or -1. */
  private static int listStart(List<Token> t, int k) {
    String w = t.get(k).lower();
    if (HARMS_OF.contains(w) && Token.lowerAt(t, k + 1).equals("of") && !Token.lowerAt(t, k - 1).equals("attempted")
        && (!w.startsWith("shooting") || Token.lowerAt(t, k - 1).equals("fatal"))) {
      return k + 2; // "the murders of", "the fatal shooting of"
    }
    if (!ACTIVE_HARM.contains(w) && !HARM_PARTICIPLES.contains(w) || PASSIVE_AUX.contains(Token.lowerAt(t, k - 1))
        || PASSIVE_AUX.contains(Token.lowerAt(t, k - 2))) {
      return -1;
    }
    String second = Token.lowerAt(t, k + 2);
    boolean twoVerbs = Token.lowerAt(t, k + 1).equals("and")
        && (ACTIVE_HARM.contains(second) || HARM_PARTICIPLES.contains(second));
    return twoVerbs ? k + 3 : k + 1;
  }

  private static Category harmOfVerb(List<Token> t, int k, int from) {
    boolean death = HARMS_OF.contains(t.get(k).lower()) || t.get(k).lower().startsWith("kill")
        || Token.lowerAt(t, k - 1).equals("fatally") || Token.lowerAt(t, from - 1).startsWith("kill");
    return death ? Category.KILLED : Category.INJURED;
  }

  /**
   * The list from {@code from}: items joined by "and" count, items joined only by commas count when an "and" closes
   * the list ("his mother, stepfather, and grandmother"; not "killing Lewis, Syed fled"), and a name right after
   * a noun item is that person again ("his wife, Ann Reed, and his son"). A killer told dead in the same clause
   * ("then himself", "before killing himself") is one more dead. A headline's list joined by commas alone counts
   * when it ends on a count of people ("Man shoots girl, 2 women inside home"); one of single people may be the
   * object and a second verb ("Man shoots teen, flees" names one).
   */
  private NamedGroup objectListFrom(List<Token> t, int from, Category c, boolean headline) {
    int[] counted = new int[2]; // items, people
    int[] pending = new int[2]; // items and people joined by commas since the last "and"
    int j = from;
    int end = from;
    boolean afterComma = false;
    boolean lastWasNoun = false;
    boolean endsOnCount = false;
    for (int[] item = itemAt(t, j); item != null; item = itemAt(t, j)) {
      boolean name = item[2] == 1;
      if (!(afterComma && name && lastWasNoun)) { // else an apposition: the same person again
        int[] into = afterComma ? pending : counted;
        into[0]++;
        into[1] += item[1];
        lastWasNoun = !name;
      }
      end = item[0];
      boolean and = Token.sequenceAt(t, end, ",", "and") || Token.lowerAt(t, end).equals("and");
      if (and) {
        counted[0] += pending[0];
        counted[1] += pending[1];
        pending = new int[2];
      } else if (!Token.lowerAt(t, end).equals(",")) {
        endsOnCount = item[1] > 1;
        break;
      }
      j = Token.sequenceAt(t, end, ",", "and") ? end + 2 : end + 1;
      afterComma = !and;
    }
    // "killed his wife, 2 sons, then himself": closes on the killer; "Man shoots girl, 2 women": on a count
    if (afterComma && (SelfKilling.closesList(t, j) || headline && endsOnCount)) {
      counted[0] += pending[0];
      counted[1] += pending[1];
    }
    return groupOf(t, from, end, c, counted[0], counted[1]);
  }

  private static NamedGroup groupOf(List<Token> t, int from, int end, Category c, int items, int people) {
    if (items < 2 || people < 2) {
      return null;
    }
    boolean death = c == Category.KILLED || diesAfter(t, end);
    boolean killerDies = death && SelfKilling.at(t, end) >= 0;
    return new NamedGroup(death ? Category.KILLED : c, from, end, people + (killerDies ? 1 : 0), killerDies);
  }

  /**
   * One item of a list of harmed people at {@code k}: its end, how many it names ("his wife" 1, "two young sons"
   * 2, "Dale Reed" 1, "daughter" after "his wife and" 1) and 1 when it is a name, else 0; or null.
   */
  private int[] itemAt(List<Token> t, int k) {
    if (k >= t.size()) {
      return null;
    }
    int j = k;
    String w = t.get(j).lower();
    if (CasualtyCues.POSSESSIVES.contains(w) || w.equals("the") || w.equals("a") || w.equals("an")) {
      j++;
    }
    long count = 1;
    if (j < t.size() && CardinalWords.startsCount(t.get(j)) && !Token.lowerAt(t, j + 1).equals("-")) {
      OptionalLong n = t.get(j).isDigits() ? parseDigits(t.get(j).text()) : cardinals.parse(List.of(t.get(j).lower()));
      if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > 99) {
        return null;
      }
      count = n.getAsLong();
      j++;
    }
    int head = j;
    while (head < Math.min(t.size(), j + 6) && !victims.contains(t.get(head).lower())
        && (NounPhraseWords.isModifier(t, head) || t.get(head).isDigits()) && !t.get(head).is("and")) {
      head++;
    }
    VictimNouns.Entry entry = head < t.size() ? victims.get(t.get(head).lower()) : null;
    if (entry != null && entry.singular() == (count == 1) && !Token.lowerAt(t, head + 1).equals("'s")) {
      return new int[] {head + 1, (int) count, 0};
    }
    int name = t.get(k).isDigits() && Token.sequenceAt(t, k + 1, "-", "year", "-", "old") ? k + 5 : k;
    if (j == k && name < t.size() && isNameWord(t.get(name)) && !victims.contains(t.get(name).lower())) {
      int last = name;
      while (last + 1 < Math.min(t.size(), name + MAX_NAME_WORDS) && isNameWord(t.get(last + 1))) {
        last++;
      }
      return new int[] {last + 1, 1, 1}; // "Dale Reed", "25-year-old Dale Reed"
    }
    return null;
  }

  private static OptionalLong parseDigits(String digits) {
    return digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)
        ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
  }

  /** The first token of a name of one to four capitalised words ending at {@code end}, or -1. */
  private static int nameStart(List<Token> t, int end) {
    int start = end;
    while (start >= 0 && end - start < MAX_NAME_WORDS && isNameWord(t.get(start))) {
      start--;
    }
    return start == end ? -1 : start + 1;
  }

  private static boolean isNameWord(Token tok) {
    String w = tok.lower();
    return tok.isWord() && tok.isCapitalised() && !STOP_NAMES.contains(w) && !NOT_NAMES.contains(w)
        && !PREPOSITIONS.contains(w) && !w.endsWith("'s");
  }

  /** "Shot, killed", "shot, dead": a headline's participles, the last one the harm that counts. */
  private static boolean shotCommaKilled(List<Token> t, int k) {
    return t.get(k).lower().equals("shot") && Token.lowerAt(t, k + 1).equals(",")
        && (Token.lowerAt(t, k + 2).equals("killed") || Token.lowerAt(t, k + 2).equals("dead"));
  }

  /**
   * A headline's participle right after its subject ("Man killed", "Girl grazed by bullet", "Teen Dead After
   * Crash"); "Shot, Killed" is one death.
   */
  private static Category headlinePredicateAt(List<Token> t, int k) {
    String w = t.get(k).lower();
    if (!HEADLINE_HARM.contains(w)) {
      return null;
    }
    if (shotCommaKilled(t, k)) {
      return Category.KILLED;
    }
    CasualtyCues.Cue cue = CasualtyCues.after(t, k);
    return cue == null || (cue.category() != Category.KILLED && cue.category() != Category.INJURED)
        ? null : cue.category();
  }

  /**
   * The one person a headline names before its participle, ending at {@code end}: a singular person noun with
   * its modifiers and no article ("Man", "Teen boy", "15-year-old", "Boy, 3,"), also as a reduced relative
   * ("Police identify teen killed in crash"), or "another" after a first harmed person. A plural ("Teen Boy, 3
   * Women Shot") names no one person.
   */
  private Statement headlineSubject(List<Token> t, int end, Category c) {
    int e = end >= 0 && t.get(end).is(",") ? openingOf(t, end) : end; // "Boy, 3, wounded"
    if (e > 0 && t.get(e).is("who")) {
      e--; // "3-year-old who fatally shot herself is identified"
    }
    if (e < 0) {
      return null;
    }
    if (t.get(e).is("another") && HEADLINE_CLAUSE_START.contains(Token.lowerAt(t, e - 1))) {
      return new Statement(c, e, e + 1, null, false);
    }
    if (!isPersonNoun(t, e)) {
      return null;
    }
    int start = e;
    while (start > 0 && start > e - 6 && (NounPhraseWords.isModifier(t, start - 1) || t.get(start - 1).isDigits())
        && !HEADLINE_CLAUSE_START.contains(t.get(start - 1).lower())) {
      start--;
    }
    String group = victims.contains(t.get(e).lower()) ? victims.get(t.get(e).lower()).group() : null;
    return new Statement(c, start, e + 1, group, false);
  }

  /**
   * Survivors told by what they did or will do: "is expected to survive", "drove himself to the hospital",
   * "arrived at a hospital with a gunshot wound".
   */
  private static Category wentForTreatment(List<Token> t, int k) {
    String w = t.get(k).lower();
    if (w.equals("expected") && Token.lowerAt(t, k + 1).equals("to")
        && RECOVER.contains(Token.lowerAt(t, k + 2))) {
      return Category.INJURED;
    }
    if (SELF_TRANSPORT.contains(w) && SelfKilling.SELF.contains(Token.lowerAt(t, k + 1))
        && Token.lowerAt(t, k + 2).equals("to")) {
      return Category.INJURED;
    }
    if (ARRIVALS.contains(w)) {
      for (int j = k + 1; j < Math.min(t.size(), k + 10) && !t.get(j).is(","); j++) {
        if (t.get(j).is("with") && t.get(Math.min(t.size() - 1, j + 3)).lower().startsWith("wound")) {
          return Category.INJURED;
        }
      }
    }
    return null;
  }

  /**
   * The token before the harm predicate at {@code k}, past a participle joined before it that shares its
   * auxiliary: "was beaten and shot to death", "was robbed, shot".
   */
  private static int beforePredicate(List<Token> t, int k) {
    if (k < 3 || !t.get(k - 1).is("and") && !t.get(k - 1).is(",")) {
      return k - 1;
    }
    Token joined = t.get(k - 2);
    String w = joined.lower();
    boolean participle = joined.isWord() && !joined.isCapitalised() && w.length() > 4
        && (w.endsWith("ed") || w.endsWith("en"));
    return participle && PASSIVE_AUX.contains(Token.lowerAt(t, k - 3)) ? k - 3 : k - 1;
  }

  private static int skipFillers(List<Token> t, int k) {
    int j = k;
    while (j >= 0 && PREDICATE_FILLERS.contains(t.get(j).lower())) {
      j--;
    }
    return j;
  }

  /** The singular subject whose last token is {@code end}, after parentheticals and a "who" clause. */
  private Statement subjectEndingAt(List<Token> t, int end, Category c) {
    int e = end;
    for (int hops = 0; hops < 3 && e >= 0; hops++) {
      if (t.get(e).is(",") || t.get(e).is(")")) {
        e = openingOf(t, e);
      } else if (t.get(e).isDigits() && Token.lowerAt(t, e - 1).equals(",")) {
        e -= 2; // "Damon Sochko, 16, of Morgantown, died": an age in apposition
      } else if (t.get(e).is("s") && CasualtyCues.POSSESSIVES.contains(Token.lowerAt(t, e - 2))
          && Token.lowerAt(t, e - 3).equals("in") && t.get(e - 1).isDigits()) {
        e -= 4; // "a man in his 40s was shot": an age range after the noun
      } else if (t.get(e).isWord() && !t.get(e).isCapitalised() && !isPersonNoun(t, e)
          && !PRONOUNS.contains(t.get(e).lower())) {
        e = relativeAntecedent(t, e);
      } else {
        break;
      }
    }
    return e < 0 ? null : subject(t, e, c);
  }

  /** The token before the comma or bracket that opens the aside closed at {@code close}, or -1. */
  private static int openingOf(List<Token> t, int close) {
    String open = t.get(close).is(")") ? "(" : ",";
    for (int j = close - 1; j >= Math.max(0, close - MAX_PARENTHETICAL); j--) {
      if (t.get(j).is(open)) {
        return j - 1;
      }
    }
    return -1;
  }

  /** "the boy who was shot": the antecedent's last token, or -1 when no "who" opens the clause. */
  private static int relativeAntecedent(List<Token> t, int e) {
    for (int j = e; j >= Math.max(0, e - 8); j--) {
      if (t.get(j).is("who")) {
        return t.get(j - 1 < 0 ? 0 : j - 1).is(",") ? j - 2 : j - 1;
      }
      if (t.get(j).is(",") || t.get(j).is("and")) {
        return -1;
      }
    }
    return -1;
  }

  private Statement subject(List<Token> t, int e, Category c) {
    String w = t.get(e).lower();
    if (PRONOUNS.contains(w)) {
      return new Statement(c, e, e + 1, null, true);
    }
    if (isPersonNoun(t, e)) {
      int start = e;
      while (start > 0 && start > e - 7 && NounPhraseWords.isModifier(t, start - 1)
          && !DETERMINERS.contains(t.get(start - 1).lower()) && !t.get(start - 1).is("another")) {
        start--;
      }
      String first = Token.lowerAt(t, start - 1);
      if (DETERMINERS.contains(first) || first.equals("a") || first.equals("an") || first.equals("another")) {
        String group = victims.contains(w) ? victims.get(w).group() : null;
        return new Statement(c, start - 1, e + 1, group, first.equals("the"));
      }
      int owner = ownerNameStart(t, start, e);
      if (owner >= 0) { // "Ann Cole's 12-year-old son was also shot": possessed like "her son", a first mention
        return new Statement(c, owner, e + 1, victims.contains(w) ? victims.get(w).group() : null, false);
      }
      return null; // a bare noun ("victims", "Victim" in a headline) is no one person
    }
    return name(t, e, c);
  }

  /**
   * Where a name that owns the person noun at {@code e} starts ("Ann Cole's son", "the Coles' daughter"), the
   * noun's modifiers starting at {@code start}; -1 when no capitalised name in the possessive comes first.
   */
  private static int ownerNameStart(List<Token> t, int start, int e) {
    int k = start;
    while (k < e && t.get(k).isCapitalised() && t.get(k).isWord() && !t.get(k).lower().endsWith("'s")) {
      k++; // the owner's first names: "Ann" of "Ann Cole's"
    }
    boolean owner = k < e && t.get(k).isCapitalised() && t.get(k).lower().endsWith("'s");
    boolean pluralOwner = k == start && start >= 2 && t.get(start - 1).is("'") && t.get(start - 2).isCapitalised()
        && t.get(start - 2).lower().endsWith("s"); // "the Coles' daughter"
    if (!owner && !pluralOwner) {
      return -1;
    }
    int from = owner ? start : start - 2;
    if (STOP_NAMES.contains(t.get(from).lower().replace("'s", ""))) {
      return -1; // "Police's", "The"
    }
    return Token.lowerAt(t, from - 1).equals("the") ? from - 1 : from;
  }

  /** A singular person noun, or an age standing for one ("the 16-year-old"). */
  private boolean isPersonNoun(List<Token> t, int e) {
    String w = t.get(e).lower();
    VictimNouns.Entry entry = victims.get(w);
    if (entry != null) {
      return entry.singular();
    }
    return w.equals("old") && (Token.sequenceAt(t, e - 3, "-", "year", "-")
        || Token.lowerAt(t, e - 1).equals("year") && e >= 2 && t.get(e - 2).isDigits()); // "a 17 year old"
  }

  /** A capitalised name of one to four words that is not a common subject ("Police", "The"). */
  private static Statement name(List<Token> t, int e, Category c) {
    int start = e;
    while (start >= 0 && e - start < 4 && t.get(start).isWord() && t.get(start).isCapitalised()
        && !STOP_NAMES.contains(t.get(start).lower()) && !CardinalWords.isNumberWord(t.get(start).lower())) {
      start--;
    }
    start++;
    if (start > e || t.get(e).lower().endsWith("'s")) { // "Three found dead": a count, not a name
      return null;
    }
    boolean afterPreposition = start > 0 && PREPOSITIONS.contains(t.get(start - 1).lower());
    return afterPreposition ? null : new Statement(c, start, e + 1, null, true);
  }
}
