package org.tollrecon.extract;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Objects;

/**
 * The first real {@link ClaimExtractor}: takes an article, gives its casualty claims, one per count of harmed
 * people (DESIGN.md section 3). Splits sentences, skips those without a casualty word, and in the rest reads
 * each count's interval, category, victims, side, source, scope, date, event type and place. Pure and
 * thread-safe: lexicons load once and are immutable; per-thread ICU objects are kept per instance.
 * Serializable as its {@link ReadingsTable} alone, so a Spark closure may capture it.
 */
public final class SentenceClaimExtractor implements ClaimExtractor, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Set<String> HIT_VERBS = Set.of("shot", "struck", "hit");
  private static final Pattern OTHERS = Pattern.compile("\\bothers?\\b", Pattern.CASE_INSENSITIVE);
  // "four people had sustained gunshot wounds", "three victims suffering from gunshot wounds": found hit, some may die.
  private static final Set<String> WOUND_BEARING = Set.of("sustained", "suffered", "suffering", "with");
  // A figure changed later in its sentence: "that number was later raised to five".
  private static final Set<String> REVISED = Set.of(
      "raised", "revised", "increased", "updated", "upped", "lowered", "reduced", "corrected");
  private static final Set<String> FIGURE_NOUNS = Set.of("number", "figure", "count", "total", "tally");
  private static final Set<String> BEFORE_GUNSHOT = Set.of("from", "a", "multiple", "apparent");
  /** The people of a toll already told: "among the dead", "five of the victims". */
  private static final Set<String> TOLD_PEOPLE =
      Set.of("dead", "killed", "victims", "fatalities", "casualties", "wounded", "injured", "deceased", "slain");
  // "a cousin of two of the victims", "all but five of the victims": the count is of others than the part told.
  private static final Set<String> BEFORE_OTHERS_COUNT = Set.of("of", "to", "with", "by", "for", "but");
  private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "those", "these", "his", "her", "their");
  // "Smith was one of five people shot", "among two of the ..." : the part names a member, the group is the count.
  private static final Set<String> BEFORE_ONE_OF_GROUP = Set.of("was", "is", "were", "are", "as", "among", "be", "been");
  // "Image 26 of 111 Friends of the deceased ...": a caption numbers pictures, not people.
  private static final Set<String> NUMBERED_ITEMS = Set.of(
      "image", "images", "photo", "photos", "picture", "pictures", "slide", "slides", "page", "video", "part", "item");
  private static final Set<String> BREAKDOWN_MARKS = Set.of("\u2014", "\u2013", "-", ":", ",", "(", ";");
  // Where "also" may stand after the subject of a clause telling one more person harmed.
  private static final int ALSO_WINDOW = 28; // "A 15-year-old man and a 69-year-old man in the car were also hit"
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had", "been");
  private static final Set<String> ACTIVE_HARM = Set.of(
      "shot", "killed", "wounded", "injured", "stabbed", "hit", "struck", "shoots", "kills");
  // "A 45-year-old man": the most tokens of a count of the one who fired, before his verb.
  private static final int SUBJECT_WORDS = 7;
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", ".", "but", "while", "after", "when");
  // A finite verb after the group's noun is the part's predicate: "one of the four victims died".
  private static final Set<String> FINITE_DEATHS = Set.of("died", "dies", "succumbed", "succumbs", "perished");
  // A digest per thread: looking one up by name for every claim cost as much as hashing.
  private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(SentenceClaimExtractor::sha1);
  private static final HexFormat HEX = HexFormat.of();

  private final ReadingsTable readings;
  // Rebuilt, not shipped, when a Spark closure carries the extractor to an executor: see readResolve.
  private final transient NewsSentenceSplitter splitter = new NewsSentenceSplitter();
  private final transient QuantityFinder quantities;
  private final transient CasualtyRoleReader roles;
  private final transient AttributionReader attributions;
  private final transient ScopeReader scopes = new ScopeReader();
  private final transient EventDateReader dates = new EventDateReader();
  private final transient EventTypeReader eventTypes = new EventTypeReader();
  private final transient PlaceReader places = new PlaceReader();
  private final transient SingleVictimReader singles;

  /** An extractor reading numbers with {@code readings} (see {@link ReadingsTable#defaults()}). */
  public SentenceClaimExtractor(ReadingsTable readings) {
    this.readings = Objects.requireNonNull(readings, "readings");
    this.quantities = new QuantityFinder(readings, new CardinalWords(), Lexicons.victims());
    this.roles = new CasualtyRoleReader(Lexicons.victims(), Lexicons.sides());
    this.attributions = new AttributionReader(Lexicons.sources());
    this.singles = new SingleVictimReader(Lexicons.victims());
  }

  /** Serialised, an extractor is its readings table; deserialised, a fresh extractor over it. */
  private Object readResolve() {
    return new SentenceClaimExtractor(readings);
  }

  /** The readings table this extractor applies, for run.json. */
  public ReadingsTable readings() {
    return readings;
  }

  @Override
  public List<CasualtyClaim> extract(ArticleText article) {
    String text = article.text();
    int[] hits = CasualtyKeywords.hits(text);
    if (hits.length == 0) {
      return List.of(); // no casualty word at all: not worth splitting into sentences
    }
    List<SentenceSpan> sentences = splitter.splitThrough(text, hits[hits.length - 1]); // none after the last hit
    ArticleClaims claims = new ArticleClaims();
    ArticleSentences read = new ArticleSentences(text, sentences);
    int h = 0;
    for (int i = 0; i < sentences.size() && h < hits.length; i++) {
      SentenceSpan s = sentences.get(i);
      while (h < hits.length && hits[h] < s.start()) {
        h++;
      }
      if (h == hits.length || hits[h] >= s.end()) {
        continue;
      }
      new SentenceReading(article, read, i).readInto(claims);
    }
    return claims.claims();
  }

  /**
   * The place and event words of an article's sentences, each read at most once: a sentence that names no
   * place or event borrows the previous sentence's, which is often a candidate sentence read already.
   */
  private final class ArticleSentences {
    private final String text;
    private final List<SentenceSpan> sentences;
    private final Map<Integer, Optional<PlaceMention>> placeOf = new HashMap<>();
    private final Map<Integer, List<EventTypeReader.EventMention>> eventsOf = new HashMap<>();
    private final Map<Integer, String> hintOf = new HashMap<>();
    private String country;
    private boolean countryRead;

    ArticleSentences(String text, List<SentenceSpan> sentences) {
      this.text = text;
      this.sentences = sentences;
    }

    SentenceSpan get(int i) {
      return sentences.get(i);
    }

    /** The country the article names most, read once an article proves to hold a candidate sentence. */
    String country() {
      if (!countryRead) {
        country = CountryReader.dominant(text);
        countryRead = true;
      }
      return country;
    }

    Optional<PlaceMention> place(int i) {
      return placeOf.computeIfAbsent(i, k -> places.find(get(k).text(), () -> countryHint(k)));
    }

    List<EventTypeReader.EventMention> events(int i) {
      return eventsOf.computeIfAbsent(i, k -> eventTypes.find(get(k).text()));
    }

    /** The country a sentence names, else the one the article names most: which "Burlington" is meant. */
    private String countryHint(int i) {
      if (!hintOf.containsKey(i)) {
        String named = CountryReader.dominant(get(i).text());
        hintOf.put(i, named != null ? named : country());
      }
      return hintOf.get(i);
    }
  }

  /**
   * Where a count stands in its sentence: its first token, and the characters of its words, which for "a woman
   * and child" run past the token.
   */
  private record CountWords(int firstToken, int from, int to) {}

  /** The claims of one sentence; one instance per sentence, never shared between threads. */
  private final class SentenceReading {
    private final ArticleText article;
    private final ArticleSentences read;
    private final int index;
    private final SentenceSpan sentence;
    private final List<Token> tokens;
    private final Set<String> shotCounts = new HashSet<>();
    private final Set<String> parts = new HashSet<>();
    private final Set<String> borrowedParts = new HashSet<>(); // parts whose category is the told toll's
    private final Set<String> groupClaims = new HashSet<>(); // claims counting the people of a list ("his wife and son")
    private final Map<String, CountWords> countWords = new HashMap<>(); // claim id -> where its count stands
    private SentenceFacts facts; // read only once a count proves to be a claim: most candidate sentences hold none

    SentenceReading(ArticleText article, ArticleSentences read, int index) {
      this.article = article;
      this.read = read;
      this.index = index;
      this.sentence = read.get(index);
      this.tokens = Token.tokenize(sentence.text());
    }

    /** Adds the sentence's counted claims, then one-person statements of a category no count covered. */
    void readInto(ArticleClaims into) {
      List<CasualtyClaim> counted = counted(into::lastTollCategory);
      for (CasualtyClaim c : counted) {
        into.add(c, false, false);
        if (countWords.containsKey(c.claimId())) {
          markAlso(c, countWords.get(c.claimId()).firstToken(), into);
        }
        if (shotCounts.contains(c.claimId())) {
          into.countsEveryoneShot(c.claimId());
        }
        if (parts.contains(c.claimId()) || borrowedParts.contains(c.claimId())) {
          into.partOfToldToll(c.claimId(), borrowedParts.contains(c.claimId()));
        }
      }
      boolean headline = sentence.opensArticle(article.text()) && sentence.unpunctuatedLine(article.text());
      addGroups(counted, into, headline);
      List<SingleVictimReader.Statement> listed = new ArrayList<>(singles.pluralListed(tokens));
      for (CasualtyClaim c : List.copyOf(counted)) {
        if (countWords.containsKey(c.claimId()) && c.category().isBodilyHarm() && c.subsetOf() == null) {
          listed.addAll(singles.listedBefore(tokens, countWords.get(c.claimId()).firstToken(), c.category()));
        }
      }
      Set<Integer> starts = new HashSet<>();
      for (SingleVictimReader.Statement s : singles.read(tokens, headline)) {
        if (counted.stream().noneMatch(c -> c.category() == s.category())) {
          CasualtyClaim claim = single(s);
          counted.add(claim);
          markAlso(claim, s.start(), into);
          into.add(claim, true, s.refersBack());
          starts.add(s.start());
          listed.addAll(singles.listedBefore(tokens, s.start(), s.category()));
        }
      }
      for (SingleVictimReader.Statement s : singles.objects(tokens, headline)) {
        // "returned fire, killing the suspect"; a count of the same harm ("a murder-suicide") may hold the object,
        // but not the count of the one who fired at it ("A man fatally shot | his wife before killing himself")
        boolean shooterCounted = counted.stream().anyMatch(c -> firedAt(c, s.start()));
        if (counted.stream().noneMatch(c -> c.category() == s.category() && !firedAt(c, s.start())) && !counts(s)
            && starts.add(s.start())) {
          CasualtyClaim claim = single(s);
          counted.add(claim);
          into.add(claim, true, s.refersBack());
          SingleVictimReader.Statement killer = shooterCounted ? null : singles.killerOf(tokens, s);
          if (killer != null && starts.add(killer.start())) {
            CasualtyClaim dead = single(killer);
            counted.add(dead);
            into.add(dead, true, false); // a murder-suicide: the one who fired is dead too
          }
        }
      }
      for (SingleVictimReader.Statement s : listed) {
        if (!counts(s) && starts.add(s.start())) {
          CasualtyClaim claim = single(s);
          counted.add(claim);
          into.add(claim, true, false); // one of several people listed as harmed together: summed in the sentence
          markAlso(claim, s.start(), into);
        }
      }
      addKillersDeath(counted, into);
    }

    /** Tells the article when the claim's clause, from its subject at {@code first}, tells one more harmed. */
    private void markAlso(CasualtyClaim claim, int first, ArticleClaims into) {
      if (alsoFrom(first)) {
        into.harmedBesides(claim.claimId());
      }
    }

    /**
     * Whether the clause from the subject at token {@code first} tells its harm as besides someone else's: "A
     * woman was also hit", "a man in the car was also shot" (the clause ends at a comma or "but").
     */
    private boolean alsoFrom(int first) {
      for (int k = first; k < Math.min(tokens.size(), first + ALSO_WINDOW); k++) {
        String w = tokens.get(k).lower();
        if (w.equals("also")) { // "Vance also shot Stewart": the one who fired, not one more harmed
          return AUXILIARIES.contains(Token.lowerAt(tokens, k - 1))
              || !ACTIVE_HARM.contains(Token.lowerAt(tokens, k + 1));
        }
        if (CLAUSE_BREAKS.contains(w)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether a count already reads this person ("a woman" is a count of one when its verb is plural; "a woman
     * and child" one count of two).
     */
    private boolean counts(SingleVictimReader.Statement s) {
      int at = tokens.get(s.start()).start();
      return countWords.values().stream().anyMatch(w -> w.firstToken() >= s.start() - 1 && w.firstToken() < s.end()
          || at >= w.from() && at < w.to()); // "a woman and child": both in one count
    }

    private CasualtyClaim single(SingleVictimReader.Statement s) {
      String words = QuantityFinder.text(sentence.text(), tokens, s.start(), s.end());
      QuantityMention m = new QuantityMention(s.start(), s.end(), readings.exact(words, 1), 1,
          QuantityMention.Kind.SINGULAR, s.category());
      CasualtyRole role = new CasualtyRole(s.category(), "people", s.group(), words, null, false);
      if (facts == null) {
        facts = facts();
      }
      return claim(m, role, null, null, facts);
    }

    /**
     * "Smith and Jones were killed", "shot his wife and two sons": one count of the people listed, unless a count of
     * the same harm already stands in the sentence; its words are kept so no one of the list is read again alone.
     */
    private void addGroups(List<CasualtyClaim> counted, ArticleClaims into, boolean headline) {
      List<SingleVictimReader.NamedGroup> groups = new ArrayList<>(singles.namedTogether(tokens));
      groups.addAll(singles.objectLists(tokens, headline));
      for (SingleVictimReader.NamedGroup listed : groups) {
        // "A man fatally shot | his wife and two sons before killing himself": the count is the killer, not the list
        boolean shooterCounted = counted.stream().anyMatch(c -> firedAt(c, listed.start()));
        SingleVictimReader.NamedGroup g = shooterCounted ? listed.withoutKiller() : listed;
        if (counted.stream().noneMatch(c -> c.category() == g.category() && !firedAt(c, g.start()))) {
          CasualtyClaim claim = named(g);
          counted.add(claim);
          groupClaims.add(claim.claimId());
          into.add(claim, false, false);
          int from = tokens.get(g.start()).start();
          countWords.put(claim.claimId(), new CountWords(g.start(), from, tokens.get(g.end() - 1).end()));
        }
      }
    }

    /**
     * Whether claim {@code c} counts the one who fired at the objects from token {@code object}: one person killed,
     * counted right before the active harm verb ("A man apparently fatally shot | his wife", "a 45-year-old man
     * shot and killed | his wife"). He is dead only as he then killed himself, so his count holds none he shot.
     */
    private boolean firedAt(CasualtyClaim c, int object) {
      CountWords w = countWords.get(c.claimId());
      if (w == null || c.category() != Category.KILLED || c.reading().point() != 1 || object < 1) {
        return false;
      }
      int j = object - 1;
      boolean verb = false;
      while (j > w.firstToken() && (ACTIVE_HARM.contains(tokens.get(j).lower()) || adverb(tokens.get(j))
          || tokens.get(j).is("and") && ACTIVE_HARM.contains(Token.lowerAt(tokens, j - 1)))) { // "shot and killed"
        verb |= ACTIVE_HARM.contains(tokens.get(j).lower());
        j--;
      }
      if (!verb || j - w.firstToken() > SUBJECT_WORDS) {
        return false;
      }
      for (int k = w.firstToken(); k <= j; k++) {
        if (!tokens.get(k).isWord() && !tokens.get(k).isDigits() && !tokens.get(k).is("-")) {
          return false; // "a man, police said, fatally shot": not one noun phrase before the verb
        }
      }
      return true;
    }

    /** "fatally", "apparently": a manner adverb between the one who fired and his verb. */
    private static boolean adverb(Token t) {
      return t.isWord() && t.lower().length() > 4 && t.lower().endsWith("ly");
    }

    /**
     * "killed three people and then himself": the one who fired, told dead after the one count of the dead, is one
     * more (see {@link KillerDeath}); not when a list or a "murder-suicide" of the sentence counts him already, nor
     * when the sentence already tells a second death (his own, read with a single victim or before the verb).
     */
    private void addKillersDeath(List<CasualtyClaim> claims, ArticleClaims into) {
      List<CasualtyClaim> dead = claims.stream().filter(c -> c.category() == Category.KILLED)
          .sorted(Comparator.comparingInt(CasualtyClaim::charStart)).toList();
      if (dead.size() != 1 || groupClaims.contains(dead.get(0).claimId())
          || dead.get(0).reading().text().toLowerCase(Locale.ROOT).contains("suicide")) {
        return;
      }
      int first = tokenFrom(dead.get(0).charStart());
      int end = tokenFrom(dead.get(0).charEnd());
      int[] span = first < 0 ? null : KillerDeath.after(tokens, first, end < 0 ? tokens.size() : end);
      if (span == null) {
        return;
      }
      into.add(single(new SingleVictimReader.Statement(Category.KILLED, span[0], span[1], "suspects", false)), true,
          false);
    }

    /** The first token starting at or after an article offset within this sentence, or -1. */
    private int tokenFrom(int articleOffset) {
      int inSentence = articleOffset - sentence.start();
      for (int k = 0; k < tokens.size(); k++) {
        if (tokens.get(k).start() >= inSentence) {
          return k;
        }
      }
      return -1;
    }

    private CasualtyClaim named(SingleVictimReader.NamedGroup g) {
      String words = QuantityFinder.text(sentence.text(), tokens, g.start(), g.end());
      QuantityMention m = new QuantityMention(g.start(), g.end(), readings.exact(words, g.people()), g.people(),
          QuantityMention.Kind.NUMBER, g.category());
      CasualtyRole role = new CasualtyRole(g.category(), "people", null, words, null, false);
      if (facts == null) {
        facts = facts();
      }
      return claim(m, role, null, null, facts);
    }

    /**
     * The counted claims of the sentence; {@code toldToll} gives the category of the article's last toll so far,
     * that of a part told of its victims or casualties ("Among the victims were five children"), asked only for
     * a count with no harm of its own.
     */
    private List<CasualtyClaim> counted(Supplier<Category> toldToll) {
      List<QuantityMention> mentions = quantities.find(sentence.text(), tokens);
      if (mentions.isEmpty()) {
        return new ArrayList<>();
      }
      List<CasualtyClaim> out = new ArrayList<>();
      CasualtyClaim total = null;
      QuantityMention lastNumber = null;
      CasualtyClaim previous = null;
      QuantityMention previousMention = null;
      for (int k = 0; k < mentions.size(); k++) {
        QuantityMention m = mentions.get(k);
        int limit = k + 1 < mentions.size() ? mentions.get(k + 1).firstToken() : tokens.size();
        if (k + 1 < mentions.size() && partTakesPredicate(m, mentions.get(k + 1))) {
          QuantityMention whole = mentions.get(k + 1); // "one of six others who were shot died": one died
          m = new QuantityMention(m.firstToken(), whole.endToken(), m.reading(), m.anchor(), m.kind(),
              m.presetCategory());
          k++;
          limit = k + 1 < mentions.size() ? mentions.get(k + 1).firstToken() : tokens.size();
        }
        Category carried = previous != null && joinedByAnd(previousMention, m) ? previous.category() : null;
        CasualtyRole role = roles.read(sentence.text(), tokens, m, limit, carried).orElse(null);
        boolean revision = role == null && previous != null && revisedTo(m);
        if (revision) { // "four were injured; that number was later raised to five": the five replace the four
          role = new CasualtyRole(previous.category(), previous.unit(), previous.victims(), previous.victimsText(),
              previous.side(), false);
        }
        boolean borrowed = false; // "Among the victims were five children": the category of the toll told
        Category toll = role == null || role.category() == null ? toldToll.get() : null;
        if (toll != null && borrowsToll(m, toll)) {
          role = roles.read(sentence.text(), tokens, m, limit, toll).orElse(null);
          borrowed = role != null;
        }
        if (role != null && facts == null) {
          facts = facts();
        }
        CasualtyClaim claim = role == null ? null : claim(m, role, total, lastNumber, facts);
        if (claim != null && m.kind() == QuantityMention.Kind.NUMBER) {
          lastNumber = m;
        }
        if (claim != null && total != null && claim.category() == Category.KILLED && fatalPart(m)) {
          out.set(out.indexOf(total), survivors(total, claim, m));
          claim = claim.withSubsetOf(null); // the dead among the shot are no subset of the survivors
        }
        if (claim != null && claim.subsetOf() == null && total != null && total.category() == claim.category()
            && conditionOfPart(m)) {
          claim = claim.withSubsetOf(total.claimId()); // "Three were hospitalized — two in critical condition"
        }
        if (claim != null && claim.subsetOf() == null && previous != null && previous.subsetOf() != null
            && previous.category() == claim.category() && listedAfter(previousMention, m)
            && !namesOthers(claim.victimsText())) {
          claim = claim.withSubsetOf(previous.subsetOf()); // "20 people including five children and three women"
        }
        if (claim != null && previous != null && amongNext(previousMention, m) && previous.subsetOf() == null) {
          out.set(out.indexOf(previous), previous.withSubsetOf(claim.claimId())); // "Six children were among 19"
        }
        if (claim != null && revision) {
          out.remove(previous);
        }
        if (claim != null) {
          out.add(claim);
          int from = tokens.get(m.firstToken()).start();
          countWords.put(claim.claimId(), new CountWords(m.firstToken(), from, from + m.reading().text().length()));
          total = claim.subsetOf() == null ? claim : total;
          if (claim.category() == Category.INJURED && countOfShot(m, limit, role)) {
            shotCounts.add(claim.claimId());
          }
          if (borrowed) {
            borrowedParts.add(claim.claimId());
          } else if (claim.subsetOf() == null && partOfToldToll(m)) {
            parts.add(claim.claimId());
          }
        }
        previous = claim;
        previousMention = claim == null ? null : m;
      }
      return out;
    }

    /**
     * "Four people were shot", "were struck by bullets", "were found with gunshot wounds": a count whose words
     * tell a hit, not how it ended, so it may hold the dead; "three others were shot" sets itself apart from them.
     */
    private boolean countOfShot(QuantityMention m, int limit, CasualtyRole role) {
      if (namesOthers(role.victimsText())) {
        return false;
      }
      if (CasualtyRoleReader.hitBefore(tokens, m.firstToken())) {
        return true; // "fired into a car, hitting four people": a hit, which may hold the dead
      }
      for (int j = m.endToken(); j < Math.min(limit, Math.min(tokens.size(), m.endToken() + 10)); j++) {
        String w = tokens.get(j).lower();
        if (HIT_VERBS.contains(w)) {
          return !Token.lowerAt(tokens, j + 1).equals("and"); // "shot and wounded" is a wounding
        }
        if (WOUND_BEARING.contains(w) && gunshotAfter(j + 1)) {
          return true; // "non-life-threatening gunshot wounds" tells survivors: no count of the hit
        }
        if (CasualtyCues.after(tokens, j) != null) {
          return false;
        }
      }
      return false;
    }

    /** "three others", "two other men": people set apart from those told before; "two brothers" are not. */
    private static boolean namesOthers(String victimsText) {
      return victimsText != null && OTHERS.matcher(victimsText).find();
    }

    /**
     * "that number was later raised to five", "the figure has since been revised to seven": the count a figure
     * told before it in the sentence was changed to, so the later word on that figure.
     */
    private boolean revisedTo(QuantityMention m) {
      int to = m.firstToken() - 1;
      if (!Token.lowerAt(tokens, to).equals("to") || !REVISED.contains(Token.lowerAt(tokens, to - 1))) {
        return false;
      }
      for (int j = to - 2; j >= Math.max(0, to - 7); j--) {
        if (FIGURE_NOUNS.contains(tokens.get(j).lower())) {
          return true;
        }
      }
      return false;
    }

    /** "gunshot wounds" right after a verb of bearing wounds, perhaps after "from", "a", "multiple". */
    private boolean gunshotAfter(int from) {
      int j = from;
      while (BEFORE_GUNSHOT.contains(Token.lowerAt(tokens, j))) {
        j++;
      }
      return Token.lowerAt(tokens, j).equals("gunshot");
    }

    /**
     * "Five of the dead were children", "three children and two women were among the dead", "Among the victims
     * were four children": a count of part of a toll the article has told, not a toll of its own.
     */
    private boolean partOfToldToll(QuantityMention m) {
      int first = m.firstToken();
      int end = m.endToken();
      if (Token.lowerAt(tokens, end).equals("of") && toldPeopleAt(end + 1)
          || Token.lowerAt(tokens, first - 4).equals("among") && toldPeopleAt(first - 3)
              && Set.of("were", "are", "was", "is").contains(Token.lowerAt(tokens, first - 1))) {
        return true;
      }
      for (int j = end; j < Math.min(tokens.size(), end + 12); j++) {
        if (tokens.get(j).is("among")) {
          return toldPeopleAt(j + 1);
        }
        if (CasualtyCues.after(tokens, j) != null) {
          return false; // "were killed among ...": the count has its own verb
        }
      }
      return false;
    }

    /**
     * Whether a count with no harm of its own is a part of the article's toll of {@code toldToll}: "Among the
     * victims were five children", "Two of the victims were minors". Not one person ("one of the victims answered
     * the door" tells who, not how many), nor a count after a preposition ("a cousin of two of the victims").
     */
    private boolean borrowsToll(QuantityMention m, Category toldToll) {
      return (toldToll == Category.KILLED || toldToll == Category.INJURED) && m.reading().point() >= 2
          && !BEFORE_OTHERS_COUNT.contains(Token.lowerAt(tokens, m.firstToken() - 1))
          && partOfToldToll(m);
    }

    /** "the dead", "those killed". */
    private boolean toldPeopleAt(int k) {
      String determiner = Token.lowerAt(tokens, k);
      return (determiner.equals("the") || determiner.equals("those"))
          && TOLD_PEOPLE.contains(Token.lowerAt(tokens, k + 1));
    }

    /**
     * "One of the four victims died", "one of six others who were shot died": a count of part of a group whose
     * predicate tells what befell the part, so the part is the claim and the group's count only says where it
     * came from. Not when the group's own participle follows its noun ("two of the four men killed", "was one of
     * five people shot"): that counts the group.
     */
    private boolean partTakesPredicate(QuantityMention part, QuantityMention whole) {
      int of = part.endToken();
      boolean joined = Token.lowerAt(tokens, of).equals("of") && (whole.firstToken() == of + 1
          || whole.firstToken() == of + 2 && PARTITIVE_DETERMINERS.contains(Token.lowerAt(tokens, of + 1)));
      if (!joined || part.kind() != QuantityMention.Kind.NUMBER || whole.kind() != QuantityMention.Kind.NUMBER
          || BEFORE_ONE_OF_GROUP.contains(Token.lowerAt(tokens, part.firstToken() - 1))
          || NUMBERED_ITEMS.contains(Token.lowerAt(tokens, part.firstToken() - 1))) {
        return false;
      }
      NounPhrase group = NounPhrase.read(tokens, whole.endToken(), tokens.size(), Lexicons.victims());
      CasualtyCues.Cue own = CasualtyCues.after(tokens, group.end());
      return own == null || FINITE_DEATHS.contains(Token.lowerAt(tokens, group.end() + own.length() - 1));
    }

    /** "15 civilians and 27 pro-government fighters": only noun words between the two counts, then "and". */
    private boolean joinedByAnd(QuantityMention before, QuantityMention m) {
      int and = m.firstToken() - 1;
      if (before == null || !Token.lowerAt(tokens, and).equals("and") || and - before.endToken() > 6) {
        return false;
      }
      return nounWordsOnly(before.endToken(), and);
    }

    /**
     * "— two in critical condition", ", one in stable condition": a bare count set off by a dash, colon or comma
     * and told only by its condition breaks down a count of the wounded told before it.
     */
    private boolean conditionOfPart(QuantityMention m) {
      return BREAKDOWN_MARKS.contains(Token.lowerAt(tokens, m.firstToken() - 1))
          && Token.lowerAt(tokens, m.endToken()).equals("in")
          && Token.lowerAt(tokens, m.endToken() + 2).equals("condition");
    }

    /**
     * "five children and three women", "four children, two women and a man": the count {@code m} is the next item
     * of a list of counts whose item before it is {@code before}, only its noun words between them.
     */
    private boolean listedAfter(QuantityMention before, QuantityMention m) {
      int joiner = m.firstToken() - 1;
      if (Token.lowerAt(tokens, joiner).equals("and") && Token.lowerAt(tokens, joiner - 1).equals(",")) {
        joiner--;
      }
      String w = Token.lowerAt(tokens, joiner);
      if (!(w.equals("and") || w.equals(",")) || joiner - before.endToken() > 6) {
        return false;
      }
      return nounWordsOnly(before.endToken(), joiner);
    }

    /** Whether tokens {@code [from, to)} are only the words of a noun: no cue of harm, no function word. */
    private boolean nounWordsOnly(int from, int to) {
      for (int j = from; j < to; j++) {
        Token tok = tokens.get(j);
        if (!tok.isWord() && !tok.is("-") || CasualtyCues.after(tokens, j) != null
            || NounPhraseWords.isFunctionWord(tok.lower())) {
          return false;
        }
      }
      return true;
    }

    /** "Six children were among 19 civilians killed": the first count is part of the second. */
    private boolean amongNext(QuantityMention before, QuantityMention m) {
      return before != null && Token.lowerAt(tokens, m.firstToken() - 1).equals("among")
          && m.firstToken() - before.endToken() <= 5;
    }

    /** "one fatally", "two of them fatally": the count of the dead among people just said to be shot. */
    private boolean fatalPart(QuantityMention m) {
      return Token.lowerAt(tokens, fatallyToken(m)).equals("fatally");
    }

    /**
     * "Three people were shot, one fatally": the wounded are the shot who lived, two, read from the words from
     * the count of the shot to "fatally". Only a plain count of people told as injured is so split.
     */
    private CasualtyClaim survivors(CasualtyClaim total, CasualtyClaim dead, QuantityMention deadMention) {
      NumberReading shot = total.reading();
      NumberReading died = dead.reading();
      if (total.category() != Category.INJURED || shot.qualifier() != Qualifier.EXACT
          || died.qualifier() != Qualifier.EXACT || died.point() > shot.point()) {
        return total;
      }
      int end = sentence.start() + tokens.get(fatallyToken(deadMention)).end();
      String words = article.text().substring(total.charStart(), end);
      return new CasualtyClaim(claimId(article.articleId(), total.charStart(), end, Category.INJURED),
          total.articleId(), total.scope(), Category.INJURED, total.unit(), total.victims(), total.victimsText(),
          total.side(), readings.exact(words, shot.point() - died.point()), null, total.attributedTo(),
          total.eventDate(), total.dateText(), total.location(), total.country(), total.locationText(),
          total.eventType(), total.sentence(), total.charStart(), end);
    }

    private int fatallyToken(QuantityMention m) {
      return Token.sequenceAt(tokens, m.endToken(), "of", "them") ? m.endToken() + 2 : m.endToken();
    }

    private CasualtyClaim claim(QuantityMention m, CasualtyRole role, CasualtyClaim total,
        QuantityMention lastNumber, SentenceFacts facts) {
      boolean subset = role.subset() && total != null;
      Category category = role.category() != null ? role.category() : subset ? total.category() : null;
      NumberReading reading = m.reading();
      if (m.kind() == QuantityMention.Kind.ANAPHOR) {
        if (lastNumber == null) {
          return null;
        }
        reading = readings.nearly(reading.text(), lastNumber.anchor());
      }
      if (category == null) {
        return null;
      }
      int inSentence = tokens.get(m.firstToken()).start();
      int start = sentence.start() + inSentence;
      int end = start + reading.text().length(); // "A woman and child": the count's words reach past its tokens
      DateMention date = facts.nearestDate(inSentence);
      return new CasualtyClaim(claimId(article.articleId(), start, end, category), article.articleId(),
          scope(reading, facts),
          category, role.unit(), role.victims(), role.victimsText(), role.side(), reading,
          subset ? total.claimId() : null, facts.attributedTo(), date == null ? null : date.date(),
          date == null ? null : date.text(), facts.location(), facts.country(), facts.locationText(),
          facts.eventType(inSentence), sentence.text(), start, end);
    }

    /**
     * The story's own headline, an unpunctuated line opening the text, counts its incident ("4 shot, 1 dead in
     * ..."), unless its number is vague ("Dozens dead as ... clash"): that sums up several events. Headlines of
     * other stories linked further on are aggregate (see {@link #facts()}).
     */
    private Scope scope(NumberReading reading, SentenceFacts facts) {
      boolean openingHeadline = sentence.opensArticle(article.text()) && sentence.unpunctuatedLine(article.text());
      return openingHeadline && reading.qualifier() == Qualifier.VAGUE ? Scope.AGGREGATE : facts.scope();
    }

    private SentenceFacts facts() {
      String previousText = index == 0 ? null : read.get(index - 1).text();
      boolean headline = sentence.unpunctuatedLine(article.text()) && !sentence.opensArticle(article.text());
      Optional<PlaceMention> place = read.place(index);
      if (place.isEmpty() && previousText != null) {
        place = read.place(index - 1);
      }
      String country = place.map(p -> p.place().country()).orElse(null);
      List<EventTypeReader.EventMention> events = read.events(index);
      String previousEvent = !events.isEmpty() || previousText == null ? null
          : EventTypeReader.nearest(read.events(index - 1), previousText.length());
      return new SentenceFacts(scopes.read(sentence.text(), headline), attributions.read(sentence.text(), previousText),
          dates.find(sentence.text(), article.published()), place.map(PlaceMention::location).orElse(null),
          place.map(PlaceMention::text).orElse(null), country != null ? country : read.country(), events,
          previousEvent);
    }
  }

  /** Stable id: the first 16 hex digits of SHA-1 over article id, offsets and category label. */
  static String claimId(String articleId, int start, int end, Category category) {
    byte[] digest = SHA1.get().digest((articleId + "|" + start + "|" + end + "|" + category.label())
        .getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 8);
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
