package org.tollrecon.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleCleaner} gives for one raw text: the cleaned body ({@code text}, possibly empty when
 * everything was page chrome) and the photo captions that were taken out of it, in page order.
 */
public record CleanedText(String text, List<String> captions) implements Serializable {

  public CleanedText {
    Objects.requireNonNull(text, "text");
    captions = captions == null ? List.of() : List.copyOf(captions);
  }

  /** True when no body text is left. */
  public boolean isEmpty() {
    return text.isBlank();
  }
}
