package org.tollrecon.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into sentences with ICU's sentence rules, never breaking after the abbreviations news
 * English uses before names, dates and places ("Sen.", "Gov.", "Oct.", "U.S.", "St.", "No."). Line breaks
 * always end a sentence, so headlines and captions stand alone. Thread-safe: ICU break iterators are not,
 * so each thread gets its own.
 */
final class NewsSentenceSplitter {
  private static final List<String> ABBREVIATIONS = List.of(
      "Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Det.", "Ofc.",
      "Insp.", "Supt.", "Cmdr.", "Adm.", "Pres.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.", "St.", "Mt.",
      "Ft.", "Ave.", "Blvd.", "Rd.", "Hwy.", "Jr.", "Sr.", "Inc.", "Co.", "Corp.", "No.", "Nos.", "Jan.", "Feb.",
      "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "U.N.", "U.K.", "E.U.", "a.m.",
      "p.m.", "vs.");

  private final ThreadLocal<BreakIterator> iterators = ThreadLocal.withInitial(NewsSentenceSplitter::newIterator);

  private static BreakIterator newIterator() {
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
    ABBREVIATIONS.forEach(builder::suppressBreakAfter);
    return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
  }

  /** The sentences of {@code text}, trimmed of surrounding white space; blank stretches give none. */
  List<SentenceSpan> split(String text) {
    return splitThrough(text, text.length());
  }

  /**
   * The first sentences of {@code text}, as {@link #split} gives them, up to the one holding char offset
   * {@code last}: a reader that needs no sentence after it need not split the rest of the article.
   */
  List<SentenceSpan> splitThrough(String text, int last) {
    BreakIterator it = iterators.get();
    it.setText(text);
    List<SentenceSpan> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE && start <= last; start = end, end = it.next()) {
      int s = start;
      int e = end;
      while (s < e && isBlank(text.charAt(s))) {
        s++;
      }
      while (e > s && isBlank(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new SentenceSpan(s, e, text.substring(s, e)));
      }
    }
    return out;
  }

  /** No-break spaces count as blank: uncleaned text keeps them at paragraph ends. */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
