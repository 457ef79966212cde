package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleCleanerTest {

  private static final String PROSE =
      "Syrian opposition groups lobbed hundreds of missiles at government posts in the north on Tuesday.";
  private static final String MORE_PROSE =
      "The renewed violence has undermined an already shaky ceasefire in place since March this year.";

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private String clean(String raw) {
    return cleaner.clean(raw).text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "curly double quotes     | \u201Chello\u201D        | \"hello\"",
        "curly single and prime  | Assad\u2019s 5\u2032      | Assad's 5'",
        "no-break and thin space | a\u00A0b\u2009c\u202Fd\u2007e | a b c d e",
        "zero-width and BOM      | \uFEFFab\u200Bc          | abc",
        "NFC composition         | Cafe\u0301               | Caf\u00E9",
        "dashes stay             | Turkey \u2013 which      | Turkey \u2013 which",
        "cp1252 read as Latin-1  | Sheriff\u0092s \u0093wild\u0094 \u0097 | Sheriff's \"wild\" \u2014",
      })
  void normalisesCharacters(String what, String raw, String expected) {
    assertThat(clean(raw)).isEqualTo(expected);
  }

  @Test
  void normalisesLineBreaksTrailingSpacesAndBlankRuns() {
    assertThat(clean("one  \r\ntwo\rthree\n\n\n\n\nfour   ")).isEqualTo("one\ntwo\nthree\n\nfour");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dawn trailer             | Published in Dawn, October 28th, 2020",
        "show comments            | Show Comments",
        "add a comment            | Add a Comment",
        "comments closed          | Comments are closed.",
        "leave a comment          | Leave a comment",
      })
  void cutsEverythingFromAnEndOfArticleLine(String what, String marker) {
    String raw = PROSE + "\n\n" + marker + "\n\nOpinion\n\nTies with Tehran\nUpdated 24 Apr, 2024\n\n" + MORE_PROSE;
    assertThat(clean(raw)).isEqualTo(PROSE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "shortcode             | [do_widget_area inner_adsbar]",
        "follow prompt         | Follow us on Facebook, Twitter and Instagram to stay connected",
        "share prompt          | Share this article",
        "newsletter prompt     | Sign up for our newsletter",
        "subscribe prompt      | Subscribe to our channel for the latest news.",
        "language switcher     | Portuguese / Spanish / English",
        "read also             | Read also: Syria Insight \u2013 Cautious hope for change with constitution talks",
        "read more             | Read more: Why the truce failed",
        "related               | Related: Rights group counts 211 massacres this year.",
        "reading time          | 3 min read",
        "advertisement         | Advertisement",
        "copyright notice      | Copyright 2016 WAVE 3 News. All rights reserved.",
        "separator             | ___________________",
        "run-together crumbs   | Middle EastNewsSyria",
        "separated crumbs      | Home > World > Middle East",
        "standalone date       | 20 September, 2020",
      })
  void dropsChromeLines(String what, String chrome) {
    String raw = PROSE + "\n\n" + chrome + "\n\n" + MORE_PROSE;
    assertThat(clean(raw)).isEqualTo(PROSE + "\n\n" + MORE_PROSE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PHOTO lead        | PHOTO: People attend the funeral of fighters in Idlib. (AP Photo)",
        "Photo lead        | Photo: Smoke rises over the city",
        "FILE PHOTO lead   | FILE PHOTO - Syrian soldiers in Aleppo",
        "Getty credit      | Russian warplanes struck several areas of the city [Getty]",
        "agency credit     | Syrians check the damage on 11 June 2018 [Omar Haj Kadour/AFP/Getty Images]",
        "cartoon credit    | Syrian refugees and Assad - Cartoon [Sarwar Ahmed/MiddleEastMonitor]",
        "AP Photo credit   | Mourners gather outside the mosque (AP Photo/Ghaith Alsayed)",
      })
  void setsCaptionsApart(String what, String caption) {
    CleanedText cleaned = cleaner.clean(PROSE + "\n" + caption + "\n" + MORE_PROSE);
    assertThat(cleaned.text()).isEqualTo(PROSE + "\n" + MORE_PROSE);
    assertThat(cleaned.captions()).containsExactly(caption);
  }

  @Test
  void removesShortUnpunctuatedLinesOnlyAfterTheBodyHasBegun() {
    String raw =
        "Dozens dead as Syria regime, opposition clash in the north\n\n"
            + PROSE + "\n\n"
            + "US envoy: Russia should allow Israel air strikes in Syria\n\n"
            + "What next after the summit?\n\n"
            + MORE_PROSE + "\n\n"
            + "Rights group: 211 massacres committed in Syria this year";
    assertThat(clean(raw))
        .isEqualTo(
            "Dozens dead as Syria regime, opposition clash in the north\n\n"
                + PROSE + "\n\nWhat next after the summit?\n\n" + MORE_PROSE);
  }

  @Test
  void keepsLongUnpunctuatedLinesAndCitationBrackets() {
    String longLine =
        "Police say the gunman fled on foot and was last seen heading north towards the river near the old mill";
    String cited = "He killed a total of six other people and wounded fourteen others.[6][26]";
    assertThat(clean(PROSE + "\n" + longLine + "\n" + cited)).isEqualTo(PROSE + "\n" + longLine + "\n" + cited);
  }

  @Test
  void leavesASingleLineArticleIntactApartFromNormalisation() {
    String oneLine =
        "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected "
            + "chemical attack appeared to show symptoms \u201Cconsistent\u201D with a nerve agent. (Source: WHO)";
    assertThat(clean(oneLine)).isEqualTo(oneLine.replace('\u201C', '"').replace('\u201D', '"'));
  }

  @Test
  void givesEmptyTextWhenOnlyChromeIsLeft() {
    CleanedText cleaned = cleaner.clean("Advertisement\n\nShare this article\n\n3 min read");
    assertThat(cleaned.isEmpty()).isTrue();
    assertThat(cleaner.clean(null)).isEqualTo(new CleanedText("", List.of()));
  }
}
