package org.tollrecon.align;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.tollrecon.extract.CasualtyClaim;

/**
 * A claim with the article facts reconciliation needs: the outlet ({@code source}), publication date,
 * syndication group ({@code storyId}) and the incident it was aligned to ({@code incidentId}, null for
 * aggregate claims).
 */
public record AlignedClaim(
    CasualtyClaim claim, String storyId, String source, LocalDate published, String incidentId)
    implements Serializable {

  public AlignedClaim {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(storyId, "storyId");
  }

  public AlignedClaim withIncident(String id) {
    return new AlignedClaim(claim, storyId, source, published, id);
  }
}
