package org.tollrecon.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a text and gives what the English check needs: its word tokens, how many of them are common
 * English function words, and how many of its letters are outside the Latin script.
 */
record LanguageEvidence(int words, int englishFunctionWords, int letters, int nonLatinLetters) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  static LanguageEvidence of(String text) {
    Set<String> lexicon = FunctionWords.ENGLISH;
    int words = 0;
    int functionWords = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      if (lexicon.contains(m.group().toLowerCase(Locale.ROOT))) {
        functionWords++;
      }
    }
    int[] letterCounts = countLetters(text);
    return new LanguageEvidence(words, functionWords, letterCounts[0], letterCounts[1]);
  }

  double functionWordShare() {
    return words == 0 ? 0 : (double) englishFunctionWords / words;
  }

  double nonLatinShare() {
    return letters == 0 ? 0 : (double) nonLatinLetters / letters;
  }

  private static int[] countLetters(String text) {
    int letters = 0;
    int nonLatin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          nonLatin++;
        }
      }
      i += Character.charCount(cp);
    }
    return new int[] {letters, nonLatin};
  }

  /** The lexicon, read once per JVM on first use (holder idiom), immutable afterwards. */
  private static final class FunctionWords {
    static final Set<String> ENGLISH = load("english-function-words.txt");

    private static Set<String> load(String resource) {
      InputStream in = LanguageEvidence.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
      }
    }
  }
}
