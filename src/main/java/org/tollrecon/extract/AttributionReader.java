package org.tollrecon.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a sentence says gave its figures ("according to SOHR", "police said", "X told Y", ", SOHR
 * reported", "X put the toll at"), normalised through the {@code sources.tsv} lexicon, or the speaker's own
 * words when the lexicon does not know them. Gives null for the outlet's own voice. A source of the previous
 * sentence carries over only to a sentence that continues its account ("The shelling killed ...").
 */
final class AttributionReader {
  // The lookahead lists every letter a match can start with: it rejects most positions before the costlier
  // word-boundary test and the alternation run, and changes no match.
  static final Pattern REPORTING = Pattern.compile(
      "(?=[acdeprst])\\b(?:according to|said|says|say|told|tells|reported|reports|alleged|alleges|accus(?:ed|es)(?! of\\b)|claimed|claims|announced"
          + "|confirmed|stated|added|recorded|documented|estimated|(?:puts?|putting|plac(?:e|es|ed|ing)) the (?:death |casualty )?toll)\\b",
      Pattern.CASE_INSENSITIVE);
  static final OpeningWords REPORTING_OPENS = OpeningWords.of("according", "said", "says", "say", "told", "tells",
      "reported", "reports", "alleged", "alleges", "claimed", "claims", "announced", "confirmed", "stated", "added",
      "recorded", "documented", "estimated", "put", "puts", "accused", "accuses", "putting", "place", "places", "placed",
      "placing");
  private static final Pattern PASSIVE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:was|were|been|is|are|be|being|no|not|unconfirmed|also))\\s+$");
  // "the strikes claimed the lives of 12", "claimed more than 100 civilian lives", "IS claimed responsibility":
  // a toll taken or a deed owned, not words reported.
  private static final Pattern CLAIM_NOT_SAID = Pattern.compile(
      "(?i)^\\s+(?:\\S+\\s+){0,5}?(?:lives|life|responsibility|credit|martyrs|victims)\\b");
  private static final Pattern CONTINUATION = Pattern.compile(
      "^(?:The|This|That) (?:shelling|attack|strike|airstrike|air strike|raid|air raid|bombardment|blast|explosion"
          + "|bombing|barrage|assault|shooting|ambush)\\b");
  private static final Pattern SPEAKER_BOUNDARY = Pattern.compile("[,;:\"\u201c\u201d(]|\\bthat\\b");
  // Compiled once: String.replaceAll and split compile their pattern on every call.
  private static final Pattern CLOSING_STOPS = Pattern.compile("[.!?]+$");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an|one)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "who", "which", "this");
  private static final int MAX_SPEAKER_WORDS = 8;

  private final PhraseLexicon sources;

  AttributionReader(PhraseLexicon sources) {
    this.sources = sources;
  }

  /** The source of {@code sentence}; {@code previous} (may be null) lends its source to a continuation. */
  String read(String sentence, String previous) {
    String own = own(sentence);
    if (own != null || previous == null || !CONTINUATION.matcher(sentence).find()) {
      return own;
    }
    return own(previous);
  }

  private String own(String sentence) {
    Matcher cue = REPORTING.matcher(sentence);
    int bestDistance = Integer.MAX_VALUE;
    String best = null;
    int firstCueStart = -1;
    int firstCueEnd = -1;
    List<PhraseLexicon.Hit> hits = null;
    for (int from = 0; REPORTING_OPENS.find(cue, sentence, from); from = cue.end()) {
      if (PASSIVE_BEFORE.matcher(sentence.substring(Math.max(0, cue.start() - 14), cue.start())).find()
          || isClaimOfToll(sentence, cue)) {
        continue;
      }
      if (firstCueStart < 0) {
        firstCueStart = cue.start();
        firstCueEnd = cue.end();
        hits = sources.findAll(sentence);
      }
      boolean accusation = Character.toLowerCase(sentence.charAt(cue.start())) == 'a'
          && sentence.regionMatches(true, cue.start(), "accuse", 0, 6);
      for (PhraseLexicon.Hit hit : hits) {
        if (accusation && hit.start() >= cue.start()) {
          continue; // "the opposition accused the army of killing ...": the accused is no source
        }
        int distance = hit.end() <= cue.start() ? cue.start() - hit.end() : Math.max(0, hit.start() - cue.end());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = hit.value();
        }
      }
    }
    if (best != null || firstCueStart < 0) {
      return best;
    }
    return speaker(sentence, firstCueStart, firstCueEnd);
  }

  private static boolean isClaimOfToll(String sentence, Matcher cue) {
    char first = Character.toLowerCase(sentence.charAt(cue.start()));
    return first == 'c' && CLAIM_NOT_SAID.matcher(sentence).region(cue.end(), Math.min(sentence.length(), cue.end() + 80))
        .lookingAt();
  }

  /** The words of a source the lexicon does not know: after "according to", else before the reporting verb. */
  private static String speaker(String sentence, int cueStart, int cueEnd) {
    String cue = sentence.substring(cueStart, cueEnd).toLowerCase(Locale.ROOT);
    String words;
    if (cue.equals("according to")) {
      String rest = sentence.substring(cueEnd);
      Matcher end = SPEAKER_BOUNDARY.matcher(rest);
      words = end.find() ? rest.substring(0, end.start()) : rest;
    } else {
      String before = sentence.substring(0, cueStart);
      Matcher boundary = SPEAKER_BOUNDARY.matcher(before);
      int from = 0;
      while (boundary.find()) {
        from = boundary.end();
      }
      words = before.substring(from);
    }
    return cleanSpeaker(words);
  }

  private static String cleanSpeaker(String words) {
    String w = LEADING_ARTICLE.matcher(CLOSING_STOPS.matcher(words.strip()).replaceAll("")).replaceFirst("").strip();
    if (w.isEmpty()) {
      return null;
    }
    String[] parts = SPACES.split(w);
    if (parts.length > MAX_SPEAKER_WORDS || PRONOUNS.contains(parts[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    return w;
  }
}
