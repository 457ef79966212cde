package org.tollrecon.extract;

import java.util.List;
import java.util.stream.Collectors;

/** Renders claims one a line for test failure messages and the benchmark harness. */
final class ClaimDump {
  private ClaimDump() {}

  static String line(CasualtyClaim c) {
    NumberReading r = c.reading();
    return String.join(" | ", c.category().label(), "'" + r.text() + "'", r.low() + ".." + r.high() + "@" + r.point(),
        r.qualifier().label(), c.scope().label(), String.valueOf(c.victims()), String.valueOf(c.victimsText()),
        String.valueOf(c.side()), "src=" + c.attributedTo(), "sub=" + (c.subsetOf() != null), "date=" + c.eventDate(),
        String.valueOf(c.dateText()), "loc=" + c.location(), c.country(), String.valueOf(c.eventType()));
  }

  static String all(List<CasualtyClaim> claims) {
    return claims.stream().map(ClaimDump::line).collect(Collectors.joining("\n", "\n", "\n"));
  }
}
