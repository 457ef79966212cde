package org.tollrecon.extract;

import java.util.List;
import java.util.Set;

/**
 * The noun phrase right after a count: tokens {@code [start, end)} with the victim noun at {@code head}
 * (-1 when the count stands alone, as in "nearly 90 wounded"). {@code nonPerson} marks a count of things
 * ("150 shells", "two days", "30 government posts"), which is no casualty claim.
 */
record NounPhrase(int start, int end, int head, boolean nonPerson) {
  private static final int MAX_MODIFIERS = 6;
  private static final Set<String> COLLECTIVES = Set.of("members", "member", "elements", "ranks");
  private static final Set<String> DETERMINERS = Set.of("the", "their", "his", "her", "its", "them", "those", "these");

  static NounPhrase read(List<Token> t, int from, int limit, VictimNouns victims) {
    int j = from;
    if (Token.lowerAt(t, j).equals("of")) {
      j++;
      if (DETERMINERS.contains(Token.lowerAt(t, j))) {
        j++;
      }
    }
    int start = j;
    for (int k = j; k < Math.min(limit, Math.min(t.size(), j + MAX_MODIFIERS)); k++) {
      Token tok = t.get(k);
      if (tok.isDigits() && Token.sequenceAt(t, k + 1, "-", "year", "-", "old")) {
        k += 4; // "a 23-year-old man": the age is a modifier
        continue;
      }
      if (victims.contains(tok.lower())) {
        return withHead(t, start, k, limit, victims);
      }
      if (CasualtyCues.after(t, k) != null || NounPhraseWords.isFunctionWord(tok.lower()) || !tok.isWord()
          && !tok.is("-")) {
        return new NounPhrase(start, k, -1, false);
      }
      if (!NounPhraseWords.isModifier(t, k)) {
        return new NounPhrase(start, k, -1, true);
      }
    }
    return new NounPhrase(start, start, -1, false);
  }

  /** Extends past compounds ("police officers"), "members of the X" and coordination ("soldiers and allied fighters"). */
  private static NounPhrase withHead(List<Token> t, int start, int head, int limit, VictimNouns victims) {
    int h = head;
    while (h + 1 < limit && h + 1 < t.size() && victims.contains(t.get(h + 1).lower())) {
      h++;
    }
    if (COLLECTIVES.contains(t.get(h).lower()) && Token.lowerAt(t, h + 1).equals("of")) {
      NounPhrase inner = read(t, h + 1, limit, victims);
      if (inner.head >= 0) {
        return new NounPhrase(start, inner.end, inner.head, false);
      }
    }
    int end = h + 1;
    if (NounPhraseWords.isThingHead(t, end) || Token.sequenceAt(t, end, "-", "held")) {
      return new NounPhrase(start, end, -1, true);
    }
    if (Token.lowerAt(t, end).equals("and")) {
      for (int k = end + 1; k < Math.min(limit, Math.min(t.size(), end + 4)); k++) {
        if (victims.contains(t.get(k).lower())) {
          return new NounPhrase(start, k + 1, h, false);
        }
        if (!NounPhraseWords.isModifier(t, k)) {
          break;
        }
      }
    }
    return new NounPhrase(start, end, h, false);
  }
}
