package org.tollrecon.extract;

import java.util.Locale;

/** How a figure was hedged in the text; see DESIGN.md section 4.1 for the interval each implies. */
public enum Qualifier {
  EXACT,
  AT_LEAST,
  MORE_THAN,
  AT_MOST,
  APPROX,
  RANGE,
  VAGUE,
  ZERO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

}
