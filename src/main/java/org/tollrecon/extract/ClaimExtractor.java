package org.tollrecon.extract;

import java.util.List;

/** Reads every casualty claim in one article. Implementations are pure, thread-safe and Spark-free. */
public interface ClaimExtractor {
  List<CasualtyClaim> extract(ArticleText article);
}
