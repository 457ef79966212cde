package org.tollrecon.extract;

import java.util.Locale;

/** Whether a claim counts one incident or a toll over a period or a whole war. */
public enum Scope {
  INCIDENT,
  AGGREGATE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

}
