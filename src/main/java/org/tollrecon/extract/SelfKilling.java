package org.tollrecon.extract;

import java.util.List;
import java.util.Set;

/**
 * The one who fired, told killing himself after harming others: "before killing himself", "kills herself", "then
 * turned the gun on himself", "took his own life", "before committing suicide", "killed his wife and then
 * himself". The one place that knows these words, for the readers that count him: {@link KillerDeath} after a
 * count of his victims, {@link SingleVictimReader} after one victim or a list of them, and {@link CasualtyCues}
 * when the count is the one who fired. Stateless.
 */
final class SelfKilling {

  private SelfKilling() {}

  static final Set<String> SELF = Set.of("himself", "herself");
  // The verb or link right before "himself": "killing himself", "shot herself", "and then himself".
  private static final Set<String> BEFORE_SELF =
      Set.of("killing", "killed", "kills", "shooting", "shot", "shoots", "then", "and");
  // "committing suicide": a death by his own hand told without "himself" (not "threatening to commit suicide").
  private static final Set<String> COMMITTED = Set.of("committing", "committed", "commits");

  /**
   * The token telling the killer's own death in the clause from {@code from} ("himself", "herself", "life" of "own
   * life" or "suicide" of "committing suicide"), or -1 when the clause ends first.
   */
  static int at(List<Token> t, int from) {
    for (int j = from; j < t.size() - 1; j++) {
      String w = t.get(j).lower();
      String next = t.get(j + 1).lower();
      if (w.equals(".") || w.equals(";")) {
        return -1;
      }
      if (BEFORE_SELF.contains(w) && SELF.contains(next) || w.equals("own") && next.equals("life")) {
        return j + 1;
      }
      if (w.equals("gun") && next.equals("on") && SELF.contains(Token.lowerAt(t, j + 2))) {
        return j + 2;
      }
      if (COMMITTED.contains(w) && next.equals("suicide")) {
        return j + 1; // "killed his wife before committing suicide"
      }
    }
    return -1;
  }

  /** "then himself", "and herself" at {@code k}: a list of the harmed that closes on the one who fired. */
  static boolean closesList(List<Token> t, int k) {
    String w = Token.lowerAt(t, k);
    return (w.equals("then") || w.equals("and")) && SELF.contains(Token.lowerAt(t, k + 1));
  }
}
