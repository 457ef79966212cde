package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleScreenTest {

  private static final String ENGLISH =
      "Syrian government forces backed by their Russian allies have stepped up their bombardment of "
          + "rebel-held territories in northwest Syria, killing at least six civilians, according to local "
          + "activists. The air raids and shelling on Saturday came a day after Russia rejected a call for a "
          + "ceasefire in the province, where a major assault is seemingly imminent.";

  private final ArticleScreen screen = new ArticleScreen(IntakeLimits.defaults());

  private static RawRecord record(String id, String source, String published, String text) {
    return new RawRecord("in.jsonl", 7, id, " http://x/a ", source, published, "  A title ", text, null);
  }

  private String rejectionOf(String text) {
    Admission admission = screen.admit(record("a1", null, null, text));
    assertThat(admission.accepted()).as("accepted %s", text).isFalse();
    return admission.rejection().reason();
  }

  @Test
  void acceptsAnEnglishArticleWithGivenMetadata() {
    Admission admission = screen.admit(record(" a1 ", "Al Jazeera", "2018-09-08", ENGLISH + "\n\nShow Comments"));
    assertThat(admission.accepted()).isTrue();
    Article article = admission.article();
    assertThat(article.id()).isEqualTo("a1");
    assertThat(article.url()).isEqualTo("http://x/a");
    assertThat(article.title()).isEqualTo("A title");
    assertThat(article.source()).isEqualTo("Al Jazeera");
    assertThat(article.sourceInferred()).isFalse();
    assertThat(article.published()).isEqualTo(LocalDate.of(2018, 9, 8));
    assertThat(article.publishedInferred()).isFalse();
    assertThat(article.text()).isEqualTo(ENGLISH);
  }

  @Test
  void opensTheTextWithTheHeadlineOfTheTitle() {
    RawRecord raw = new RawRecord("in.jsonl", 7, "a1", null, "Al Jazeera", "2018-09-08",
        "Six civilians killed in Idlib raids | Some Network", ENGLISH, null);
    Article article = screen.admit(raw).article();
    assertThat(article.title()).isEqualTo("Six civilians killed in Idlib raids | Some Network");
    assertThat(article.text()).isEqualTo("Six civilians killed in Idlib raids\n\n" + ENGLISH);
  }

  @Test
  void infersMissingMetadataFromTheRawText() {
    String raw = ENGLISH + "\n\nPublished in Dawn, October 28th, 2020\n";
    Article article = screen.admit(record("a1", " ", "not a date", raw)).article();
    assertThat(article.source()).isEqualTo("Dawn");
    assertThat(article.sourceInferred()).isTrue();
    assertThat(article.published()).isEqualTo(LocalDate.of(2020, 10, 28));
    assertThat(article.publishedInferred()).isTrue();
  }

  @Test
  void leavesMetadataEmptyWhenNeitherGivenNorStated() {
    Article article = screen.admit(record("a1", null, null, ENGLISH)).article();
    assertThat(article.source()).isNull();
    assertThat(article.sourceInferred()).isFalse();
    assertThat(article.published()).isNull();
    assertThat(article.publishedInferred()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2020-10-27, 2020-10-27",
    "2020-10-27T23:15:00, 2020-10-27",
    "2020-10-27T23:15:00Z, 2020-10-27",
    "2020-10-27T23:15:00+02:00, 2020-10-27",
    "27/10/2020, ",
    "2020-13-01, ",
  })
  void parsesGivenDates(String given, LocalDate expected) {
    assertThat(ArticleScreen.parseDate(given)).isEqualTo(expected);
  }

  @Test
  void passesOnTheReadersDefectAsTheReason() {
    RawRecord defective = RawRecord.defective("in.jsonl", 3, "malformed_json: Unexpected end-of-input", "{\"id\":");
    QuarantineRecord rejection = screen.admit(defective).rejection();
    assertThat(rejection.reason()).isEqualTo("malformed_json: Unexpected end-of-input");
    assertThat(rejection.input()).isEqualTo("in.jsonl");
    assertThat(rejection.line()).isEqualTo(3);
    assertThat(rejection.excerpt()).isEqualTo("{\"id\":");
  }

  @Test
  void rejectsMissingIdBeforeLookingAtTheText() {
    assertThat(screen.admit(record("  ", null, null, null)).rejection().reason()).startsWith("missing_id");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "blank text             | '   '                                | empty_text",
        "control characters     | '\u0001\u0002\u0003 text \u0004\u0005' | binary_content",
        "replacement characters | 'Syria\uFFFD\uFFFD s war \uFFFD\uFFFD' | undecodable_text",
        "only page chrome       | 'Advertisement\n\nShare this article' | empty_text: nothing left after cleaning page chrome",
      })
  void rejectsUnreadableContent(String what, String text, String reasonStart) {
    assertThat(rejectionOf(text)).startsWith(reasonStart);
  }

  @Test
  void rejectsTextWithNulAsBinary() {
    assertThat(rejectionOf(ENGLISH + "\0\0")).isEqualTo("binary_content: text contains NUL characters");
  }

  @Test
  void acceptsWindows1252PunctuationMisreadAsControlCharacters() {
    String misread = ENGLISH.replace("'", "\u0092").replace("Syria,", "\u0093Syria,\u0094");
    assertThat(screen.admit(record("a1", null, null, misread + "\u0093\u0094\u0093\u0094")).accepted()).isTrue();
  }

  @Test
  void rejectsNullTextAsEmpty() {
    assertThat(rejectionOf(null)).startsWith("empty_text");
  }

  @Test
  void toleratesAFewReplacementCharacters() {
    assertThat(screen.admit(record("a1", null, null, ENGLISH + " \uFFFD\uFFFD")).accepted()).isTrue();
  }

  @Test
  void rejectsTextOverTheLengthLimitSayingLengthAndLimit() {
    ArticleScreen strict = new ArticleScreen(new IntakeLimits(100, 0.01, 3, 25, 0.05, 0.30));
    String reason = strict.admit(record("a1", null, null, ENGLISH)).rejection().reason();
    assertThat(reason).isEqualTo("too_long: " + ENGLISH.length() + " characters, limit 100");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "French  | Au moins vingt civils ont été tués samedi dans des frappes aériennes sur la province "
            + "d'Idleb, selon l'Observatoire syrien des droits de l'homme. Les bombardements ont visé plusieurs "
            + "villages du sud de la province, où des milliers de familles ont fui vers la frontière turque.",
        "Spanish | Al menos veinte civiles murieron el sábado en ataques aéreos contra la provincia de Idleb, "
            + "según el Observatorio Sirio de Derechos Humanos. Los bombardeos alcanzaron varias aldeas del sur "
            + "de la provincia, donde miles de familias huyeron hacia la frontera con Turquía.",
        "Arabic  | قتل عشرون مدنيا على الأقل يوم السبت في غارات جوية على محافظة إدلب بحسب المرصد السوري لحقوق "
            + "الإنسان وقد استهدف القصف عدة قرى في جنوب المحافظة حيث فرت آلاف العائلات نحو الحدود التركية "
            + "ونفى النظام أي مسؤولية عن الهجوم",
      })
  void rejectsNonEnglishText(String language, String text) {
    assertThat(rejectionOf(text)).startsWith("not_english: ");
  }

  @Test
  void letsShortTextsPassTheLanguageCheckUnjudged() {
    assertThat(screen.admit(record("a1", null, null, "Trois morts à Idleb.")).accepted()).isTrue();
  }

  @Test
  void admissionHoldsExactlyOneOutcome() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Admission(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one");
  }
}
