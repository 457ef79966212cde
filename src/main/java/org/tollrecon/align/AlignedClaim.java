package org.tollrecon.align;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.tollrecon.extract.CasualtyClaim;

/**
 * A claim with the article facts reconciliation and linking need: the outlet ({@code source}), publication
 * date, syndication group ({@code storyId}), the incident it was aligned to ({@code incidentId}, null for
 * aggregate claims) and the article's headline ({@code title}, null when unknown), which often names the
 * town its sentences leave unsaid.
 */
public record AlignedClaim(
    CasualtyClaim claim, String storyId, String source, LocalDate published, String incidentId, String title)
    implements Serializable {

  public AlignedClaim {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(storyId, "storyId");
  }

  /** A claim of an article whose headline is unknown. */
  public AlignedClaim(CasualtyClaim claim, String storyId, String source, LocalDate published, String incidentId) {
    this(claim, storyId, source, published, incidentId, null);
  }

  public AlignedClaim withIncident(String id) {
    return new AlignedClaim(claim, storyId, source, published, id, title);
  }
}
