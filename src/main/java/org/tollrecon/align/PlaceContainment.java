package org.tollrecon.align;

import java.util.List;
import org.tollrecon.extract.Gazetteer;
import org.tollrecon.extract.Place;

/**
 * Whether two place names can describe one incident: the same place, or a town and the first-level
 * region it lies in ("Maharda" and "Hama province"), by the GeoNames gazetteer. Names are the normalised
 * {@code location} values of claims; {@code country} (may be null) narrows which places they denote.
 */
final class PlaceContainment {
  private PlaceContainment() {}

  /** Same place, or one lies in a region named by the other; null names never contradict. */
  static boolean compatible(String a, String b, String country) {
    return a == null || b == null || a.equalsIgnoreCase(b) || within(a, b, country) || within(b, a, country);
  }

  /** Whether {@code inner} names a place inside a first-level region named {@code outer}. */
  static boolean within(String inner, String outer, String country) {
    if (inner == null || outer == null || inner.equalsIgnoreCase(outer)) {
      return false;
    }
    Gazetteer gazetteer = Gazetteer.get();
    List<Place> regions = gazetteer.candidates(outer, country).stream().filter(Place::isRegion).toList();
    if (regions.isEmpty()) {
      return false;
    }
    return gazetteer.candidates(inner, country).stream()
        .filter(p -> !p.isRegion() && !p.isCountry())
        .anyMatch(p -> regions.stream().anyMatch(p::liesIn));
  }
}
