package org.tollrecon.align;

import java.util.regex.Pattern;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;

/**
 * Whether a killed claim tells a death that came after the attack ("Brown died at the hospital on Saturday",
 * "the boy was pronounced dead at Mercy Medical Center", "succumbed to his injuries"): the day and the place its
 * sentence states may be those of the death, not of the shooting, so within one article they must not open an
 * incident of their own.
 */
final class LaterDeath {
  private static final Pattern DEATH = Pattern.compile(
      "(?i)\\b(?:died|dies|has died|succumbed|succumbs|passed away|passes away|pronounced dead)\\b");

  private static final Pattern HOSPITAL = Pattern.compile(
      "(?i)\\b(?:hospital|medical center|trauma center|health center|medical centre)\\b");

  private LaterDeath() {}

  /** Whether the sentence names a hospital, whose town is where a victim died, not where the victim was shot. */
  static boolean atHospital(String sentence) {
    return HOSPITAL.matcher(sentence).find();
  }

  static boolean tells(CasualtyClaim c) {
    return c.category() == Category.KILLED && DEATH.matcher(c.sentence()).find();
  }
}
