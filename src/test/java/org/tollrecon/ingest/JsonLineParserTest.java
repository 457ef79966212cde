package org.tollrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLineParserTest {
  @Test
  void readsTheKnownFieldsAndKeepsWhereTheyCameFrom() {
    RawRecord r = JsonLineParser.parse("a.jsonl", 4,
        "{\"id\": 17, \"source\": \"Dawn\", \"published\": \"2020-10-28\", \"text\": \"Body\", \"extra\": true}");
    assertThat(r).isEqualTo(new RawRecord("a.jsonl", 4, "17", null, "Dawn", "2020-10-28", null, "Body", null));
  }

  @Test
  void brokenJsonBecomesADefectWithTheParserReason() {
    RawRecord r = JsonLineParser.parse("a.jsonl", 2, "{\"id\": \"x\", \"text\": \"unterminated");
    assertThat(r.defect()).startsWith("malformed_json: ");
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.text()).contains("unterminated");
  }

  @Test
  void aJsonValueThatIsNotAnObjectIsADefect() {
    assertThat(JsonLineParser.parse("a.jsonl", 1, "[1, 2]").defect())
        .isEqualTo("malformed_json: a JSON array, not an object");
  }

  @Test
  void laterCopiesOfAnIdAreMarkedWithWhereTheFirstWas() {
    RawRecord first = new RawRecord("b.jsonl", 9, "x", null, null, null, null, "t", null);
    RawRecord copy = new RawRecord("a.jsonl", 3, "x", null, null, null, null, "t", null);
    List<RawRecord> marked = DuplicateIds.markCopies(List.of(first, copy).iterator());
    assertThat(marked.get(0)).isEqualTo(copy);
    assertThat(marked.get(1).defect()).isEqualTo("duplicate_id: first seen in a.jsonl line 3");
  }

  @Test
  void textFilesDecodeStrictlyAsUtf8() throws IOException {
    RawRecord ok = TextFileReader.read("/data/000_abc.txt",
        new ByteArrayInputStream("\uFEFFKilled 12.".getBytes(StandardCharsets.UTF_8)));
    assertThat(ok.id()).isEqualTo("000_abc");
    assertThat(ok.text()).isEqualTo("Killed 12.");
    RawRecord bad = TextFileReader.read("/data/bad.txt", new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, '('}));
    assertThat(bad.defect()).isEqualTo("undecodable_text: not valid UTF-8");
  }
}
