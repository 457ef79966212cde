package org.tollrecon.pipeline;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.ingest.Article;
import org.tollrecon.ingest.QuarantineRecord;
import org.tollrecon.ingest.RawRecord;
import org.tollrecon.reconcile.Figure;

/**
 * Encoders for the domain records between stages. Spark 4.1's {@code Encoders.bean} cannot decode Java
 * records (it needs a no-argument constructor; see {@code EncoderBehaviourTest}), so records travel as Java
 * serialization blobs; only the contract tables become columnar rows, in {@link ContractFrames}.
 */
final class DomainEncoders {
  static final Encoder<RawRecord> RAW = Encoders.javaSerialization(RawRecord.class);
  static final Encoder<Article> ARTICLE = Encoders.javaSerialization(Article.class);
  static final Encoder<QuarantineRecord> QUARANTINE = Encoders.javaSerialization(QuarantineRecord.class);
  static final Encoder<CasualtyClaim> CLAIM = Encoders.javaSerialization(CasualtyClaim.class);
  static final Encoder<AlignedClaim> ALIGNED = Encoders.javaSerialization(AlignedClaim.class);
  static final Encoder<Figure> FIGURE = Encoders.javaSerialization(Figure.class);

  private DomainEncoders() {}
}
