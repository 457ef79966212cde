package org.tollrecon.align;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names of a story's headline and opening text, lower-cased: the capitalised words that do not
 * start a sentence ("Devon Marsh, 19, was charged ..." gives "marsh"). A claim sentence rarely names the
 * victim, the suspect or the bar, while the rest of the story does; follow-ups weeks later (an arrest, a
 * trial, a funeral) name the same people. Only names few stories of a run share tie two stories together,
 * so the caller keeps those ({@link #rare}); the opening text is read, not the page chrome that many texts
 * end with.
 */
public final class TextNames {
  /** How many characters of a text are read: the lead of the story, before bylines and related links. */
  public static final int OPENING_CHARS = 3000;
  /**
   * The most stories of a run that may name a word for it to count as a rare name: a victim or a suspect is
   * named by the few reports of one incident, a mayor or a monitor by many.
   */
  public static final int RARE_STORIES = 5;

  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?\"\u201d])\\s+|\\n+");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'\u2019\\-]*\\p{L}");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}\u201c\u201d\u2018\u2019]+|[\\p{Punct}\u201c\u201d\u2018\u2019]+$");

  /**
   * The most stories of one outlet alone that may name a word for it to count as a rare name: a name only
   * one outlet writes, in story after story, is its reporter's, its spokesman's or its page chrome's.
   */
  public static final int ONE_OUTLET_STORIES = 2;
  /**
   * A rare name is written by at most one in this many stories of the run too: in a run of a few stories
   * on one war every name (the province, the monitor) is written by few stories, and none is rare.
   */
  public static final int RARE_SHARE = 100;

  private TextNames() {}

  /**
   * Whether a name that {@code stories} stories of {@code outlets} outlets write, in a run of
   * {@code runStories} stories, is rare enough to link on.
   */
  public static boolean rare(long stories, long outlets, long runStories) {
    return stories <= RARE_STORIES && stories * RARE_SHARE <= runStories
        && (outlets > 1 || stories <= ONE_OUTLET_STORIES);
  }

  /** The names of a headline and the opening of a text (either may be null). */
  public static Set<String> of(String title, String text) {
    Set<String> out = new TreeSet<>();
    read(title, out);
    if (text != null) {
      read(text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text, out);
    }
    return out;
  }

  /**
   * The words of a headline and the opening of a text that are written in lower case somewhere in them: a word a
   * page also writes in lower case ("will", "those") is no name where it is capitalised, as in a ticker or a
   * warning written in capitals.
   */
  public static Set<String> lowerCaseWords(String title, String text) {
    Set<String> out = new TreeSet<>();
    for (String part : new String[] {title, text == null || text.length() <= OPENING_CHARS ? text
        : text.substring(0, OPENING_CHARS)}) {
      if (part == null) {
        continue;
      }
      Matcher m = TOKEN.matcher(part);
      while (m.find()) {
        String word = EDGE_PUNCTUATION.matcher(m.group()).replaceAll("");
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
          out.add(POSSESSIVE.matcher(word).replaceFirst(""));
        }
      }
    }
    return out;
  }

  private static void read(String text, Set<String> out) {
    if (text == null) {
      return;
    }
    for (String sentence : SENTENCE_BREAK.split(text)) {
      Matcher m = TOKEN.matcher(sentence);
      boolean first = true;
      while (m.find()) {
        String word = EDGE_PUNCTUATION.matcher(m.group()).replaceAll("");
        if (!first && NAME.matcher(word).matches()) {
          String name = POSSESSIVE.matcher(word).replaceFirst("");
          if (name.length() > 2 && !IncidentProfile.NOT_NAMES.contains(name)) {
            out.add(name.toLowerCase(Locale.ROOT));
          }
        }
        first = false;
      }
    }
  }
}
