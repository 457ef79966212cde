package org.tollrecon.extract;

import java.util.Locale;

/** What happened to the people a claim counts. {@code CASUALTIES} lumps dead and wounded together. */
public enum Category {
  KILLED,
  INJURED,
  MISSING,
  DISPLACED,
  DETAINED,
  ABDUCTED,
  CASUALTIES;

  /** The lower-case name used in every output file. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is a harm to the body of the people counted: killed or injured. */
  boolean isBodilyHarm() {
    return this == KILLED || this == INJURED;
  }
}
