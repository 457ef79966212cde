package org.tollrecon.extract;

import java.util.Objects;

/** A place a sentence names: the words it used ({@code text}) and the gazetteer entry they resolved to. */
record PlaceMention(String text, Place place) {
  PlaceMention {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a place mention needs its words");
    }
    Objects.requireNonNull(place, "place");
  }

  /** The normalised name, for the {@code location} column. */
  String location() {
    return place.name();
  }
}
