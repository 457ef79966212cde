package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenTest {
  /** The regex the hand-written scanner replaced: its tokens are the specification. */
  private static final Pattern REGEX = Pattern.compile(
      "(?i:https?://|www\\.)[^\\s]+|(?i:[ap]\\.m\\.)|U\\.S\\.|\\d+(?:[.,:]\\d+)*|[\\p{L}\\p{M}]+(?:['\u2019][\\p{L}]+)*"
          + "|[^\\s\u00a0\u2007\u2009\u200a\u200b\u202f\u3000]");
  /** Characters that exercise every branch: link prefixes, case, marks, apostrophes, spaces, surrogates. */
  private static final String[] PIECES = {"http://", "HTTPS://", "hTtp:/", "www.", "WWW", "a.m.", "P.M.", "p.m",
      "U.S.", "u.s.", "1", "23", ".", ",", ":", "-", "'", "\u2019", "a", "Z", "\u00e9", "e\u0301", "\u0301", "\u017f",
      "\u212a", " ", "\t", "\n", "\u00a0", "\u2009", "\u200b", "\u3000", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\"",
      "$", "x"};

  @ParameterizedTest
  @ValueSource(strings = {"Police said 3 people were shot at 2:30 a.m. Sunday, U.S. officials said.",
      "The 1,200-strong crowd's rally; see https://example.com/5-shot-1-killed now", "O\u2019Brien's 4.5 km",
      "www. alone, WWW.Site.org", "na\u00efve caf\u00e9 e\u0301t\u00e9 \u0301x", "\ud835\udc00\ud835\udc01 \ud800 end"})
  void scansAsTheRegexDid(String sentence) {
    assertThat(Token.tokenize(sentence)).isEqualTo(regexTokens(sentence));
  }

  @Test
  void scansRandomTextAsTheRegexDid() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertThat(Token.tokenize(s.toString())).as(s.toString()).isEqualTo(regexTokens(s.toString()));
    }
  }

  private static List<Token> regexTokens(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = REGEX.matcher(sentence);
    while (m.find()) {
      String t = m.group();
      out.add(new Token(t, t.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''), m.start(), m.end()));
    }
    return out;
  }
}
