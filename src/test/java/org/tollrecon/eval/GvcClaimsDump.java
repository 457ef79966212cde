package org.tollrecon.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.tollrecon.extract.ArticleText;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.ReadingsTable;
import org.tollrecon.extract.SentenceClaimExtractor;

/**
 * A diagnostic, not a test: extracts the claims of every article of a benchmark {@code articles.jsonl} on one
 * thread, without the Spark pipeline, and writes them as a tab-separated file for quick what-if scoring against
 * a full run's grouping (see {@code jobs/benchmark}). Args: the articles.jsonl, the output file.
 */
final class GvcClaimsDump {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GvcClaimsDump() {}

  public static void main(String[] args) throws IOException {
    SentenceClaimExtractor extractor = new SentenceClaimExtractor(ReadingsTable.defaults());
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.write(String.join("\t", "claim_id", "article_id", "scope", "category", "unit", "victims", "victims_text",
          "side", "number_text", "low", "high", "point", "qualifier", "subset_of", "attributed_to", "sentence",
          "char_start"));
      out.newLine();
      for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
        JsonNode node = JSON.readTree(line);
        JsonNode published = node.get("published");
        LocalDate date = published == null || published.isNull() ? null : LocalDate.parse(published.asText());
        String text = node.get("text").asText();
        if (text.isBlank()) {
          continue;
        }
        for (CasualtyClaim c : extractor.extract(new ArticleText(node.get("id").asText(), text, date))) {
          out.write(String.join("\t", List.of(c.claimId(), c.articleId(), c.scope().label(), c.category().label(),
              c.unit(), str(c.victims()), str(c.victimsText()), str(c.side()), clean(c.reading().text()),
              String.valueOf(c.reading().low()), str(c.reading().high()), String.valueOf(c.reading().point()),
              c.reading().qualifier().label(), str(c.subsetOf()), str(c.attributedTo()), clean(c.sentence()),
              String.valueOf(c.charStart()))));
          out.newLine();
        }
      }
    }
  }

  private static String str(Object o) {
    return o == null ? "" : clean(o.toString());
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
