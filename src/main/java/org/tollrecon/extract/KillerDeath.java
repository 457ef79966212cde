package org.tollrecon.extract;

import java.util.List;
import java.util.Set;

/**
 * The one who fired, told dead after the people he killed: "killed three people and then himself", "shot and
 * killed his daughter before turning the gun on himself", "killed one and wounded three before taking his own
 * life". The count names his victims only, so the killer is one more dead. Read only when the sentence's first
 * count of the dead is the object of an active harm verb ("killed | three people"): when the one who fired is
 * himself the count ("a man fatally shot his wife before killing himself"), or a list already closes on him
 * ("killed his wife, 2 sons, then himself"), he is counted already. Stateless.
 */
final class KillerDeath {

  private KillerDeath() {}

  private static final Set<String> HARM_VERBS =
      Set.of("killed", "killing", "kills", "kill", "murdered", "murdering", "shot", "shooting");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "are", "been", "being", "be");
  /**
   * Where the killer's death is told after the count of the dead at token {@code first}, running to token
   * {@code end}: the token span of the words that tell it ("himself", "own life"), or null when the count is
   * not the object of a harm verb or no such death follows in the clause.
   */
  static int[] after(List<Token> t, int first, int end) {
    if (!objectOfHarm(t, first)) {
      return null;
    }
    int self = SelfKilling.at(t, end);
    if (self < 0) {
      return null;
    }
    return t.get(self).is("life") ? new int[] {self - 1, self + 1} : new int[] {self, self + 1}; // "own life"
  }

  /** "killed | three people", "shot and killed | his daughter": the count stands right after an active harm verb. */
  private static boolean objectOfHarm(List<Token> t, int first) {
    String verb = Token.lowerAt(t, first - 1);
    return HARM_VERBS.contains(verb) && !PASSIVE_AUX.contains(Token.lowerAt(t, first - 2))
        && !(Token.lowerAt(t, first - 2).equals("and") && PASSIVE_AUX.contains(Token.lowerAt(t, first - 4)));
  }
}
