package org.tollrecon.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An accepted, cleaned article. {@code text} is the cleaned body (NFC, quotes and spaces normalised, page
 * chrome cut), opened by the title's headline as its own paragraph when the body does not already hold it;
 * every character offset in the project refers to it. Photo captions are kept apart in
 * {@code captions}. {@code source} and {@code published} may be null; the {@code *Inferred} flags say
 * that they were read from the text rather than given with the input.
 */
public record Article(
    String id,
    String url,
    String source,
    boolean sourceInferred,
    LocalDate published,
    boolean publishedInferred,
    String title,
    String text,
    List<String> captions)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    captions = captions == null ? List.of() : List.copyOf(captions);
  }
}
