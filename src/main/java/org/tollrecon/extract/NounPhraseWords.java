package org.tollrecon.extract;

import java.util.List;
import java.util.Set;

/**
 * The closed word classes the noun-phrase reading needs without a tagger: modifiers that may stand between a
 * number and its noun ("young", "pro-government", "Syrian"), and function words at which a noun phrase ends.
 */
final class NounPhraseWords {
  private static final Set<String> MODIFIERS = Set.of(
      "young", "old", "elderly", "innocent", "unarmed", "armed", "other", "more", "local", "foreign", "allied",
      "pro", "anti", "female", "male", "adult", "unidentified", "unknown", "suspected", "alleged", "regime",
      "government", "rebel", "opposition", "militia", "security", "army", "military", "loyalist", "jihadist",
      "islamist", "kurdish", "turkish", "syrian", "russian", "iraqi", "afghan", "american", "palestinian",
      "israeli", "iranian", "lebanese", "displaced", "additional", "further", "fellow", "off", "duty", "school",
      "high", "college", "university", "teenage", "small", "little", "infant", "newborn", "pregnant", "aid",
      "rescue", "medical", "health", "police", "state", "family", "his", "her", "their", "its", "our", "whom",
      "own", "total", "extra", "different", "separate", "brave", "volunteer", "paramilitary", "tribal", "black", "white",
      "hispanic", "asian", "latino", "native", "former", "off-duty", "retired", "unnamed", "masked", "nearby", "moderate", "radical", "extremist",
      "shiite", "shia", "sunni", "alawite", "christian", "muslim", "pakistani", "saudi", "egyptian",
      "second", "third", "fourth", "fifth");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "who", "that", "which", "in",
      "on", "at", "from", "near", "of", "to", "by", "with", "for", "during", "after", "before", "and", "or",
      "but", "as", "also", "reportedly", "all", "both", "each", "still", "later", "allegedly", "apparently",
      "inside", "across", "around", "into", "outside", "since", "when", "while", "this", "last", "overnight",
      "yesterday", "today", "tonight", "remain", "remained", "remains", "lay", "lie", "got", "get", "the",
      "a", "an", "according", "including", "among", "reported", "then", "so", "far", "there", "here", "now",
      "either", "not", "would", "could", "may", "might", "will", "can", "should", "must", "did", "do",
      "does", "whose", "where", "them", "themselves", "they", "he", "she", "it", "we", "you", "i", "under",
      "over", "than", "about", "if", "said", "says", "told", "say", "recently", "just", "already",
      "immediately", "earlier", "instantly", "within", "without", "through", "throughout", "amid", "against",
      "upon", "along", "again", "found", "listed"); // "Three found dead", "Two listed in critical condition"

  /** Nouns that a victim word can modify ("a rebel training camp", "police cars"): then it counts no people. */
  private static final Set<String> THING_HEADS = Set.of(
      "camp", "camps", "base", "bases", "training", "position", "positions", "post", "posts", "commander",
      "commanders", "leader", "leaders", "spokesman", "spokesperson", "official", "officials", "group", "groups",
      "faction", "factions", "stronghold", "strongholds", "territory", "territories", "area", "areas", "vehicle",
      "vehicles", "convoy", "convoys", "checkpoint", "checkpoints", "headquarters", "unit", "units", "car", "cars",
      "truck", "trucks", "station", "stations", "hospital", "hospitals", "house", "houses", "home", "homes",
      "neighbourhood", "neighborhood", "district", "held", "controlled", "control", "enclave", "front", "lines",
      "line", "council", "councils", "movement", "organisation", "organization", "union", "rights", "activist",
      "activists", "source", "sources", "department", "chief", "office", "record", "records", "day", "days");

  private NounPhraseWords() {}

  /** Whether token {@code k} is a noun that the victim word before it modifies. */
  static boolean isThingHead(List<Token> t, int k) {
    return k < t.size() && THING_HEADS.contains(t.get(k).lower());
  }

  /** Whether token {@code k} may modify a following noun: a listed adjective, a capitalised word, or a hyphen compound. */
  static boolean isModifier(List<Token> t, int k) {
    Token tok = t.get(k);
    if (FUNCTION_WORDS.contains(tok.lower())) {
      return false;
    }
    return MODIFIERS.contains(tok.lower()) || (tok.isCapitalised() && tok.isWord()) || tok.is("-")
        || Token.lowerAt(t, k - 1).equals("-") || Token.lowerAt(t, k + 1).equals("-") || tok.lower().endsWith("'s")
        || tok.is("'s") || spacedAge(t, k);
  }

  /** "a 24 year-old man", "a 24 year old man": the age's words before the noun, without the usual hyphens. */
  private static boolean spacedAge(List<Token> t, int k) {
    Token tok = t.get(k);
    if (tok.isDigits()) {
      String next = Token.lowerAt(t, k + 1);
      return (next.equals("year") || next.equals("years"))
          && (Token.lowerAt(t, k + 2).equals("-") || Token.lowerAt(t, k + 2).equals("old"));
    }
    return (tok.is("year") || tok.is("years")) && k > 0 && t.get(k - 1).isDigits();
  }

  static boolean isFunctionWord(String lower) {
    return FUNCTION_WORDS.contains(lower);
  }
}
