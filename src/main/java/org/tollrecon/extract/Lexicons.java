package org.tollrecon.extract;

/**
 * The resource lexicons of this package, each read once on first use (holder idiom) and immutable after,
 * so every extractor in a JVM shares them safely.
 */
final class Lexicons {
  private Lexicons() {}

  private static final class Victims {
    static final VictimNouns INSTANCE = VictimNouns.load("victims.tsv");
  }

  private static final class Sides {
    static final PhraseLexicon INSTANCE = PhraseLexicon.load("sides.tsv", false);
  }

  private static final class Sources {
    static final PhraseLexicon INSTANCE = PhraseLexicon.load("sources.tsv", false);
  }

  private static final class Countries {
    static final PhraseLexicon INSTANCE = PhraseLexicon.load("countries.tsv", true);
  }

  static VictimNouns victims() {
    return Victims.INSTANCE;
  }

  static PhraseLexicon sides() {
    return Sides.INSTANCE;
  }

  static PhraseLexicon sources() {
    return Sources.INSTANCE;
  }

  static PhraseLexicon countries() {
    return Countries.INSTANCE;
  }
}
