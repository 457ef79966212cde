package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingsTableTest {
  private final ReadingsTable table = ReadingsTable.defaults();

  @Test
  void followsDesignSection41() {
    assertThat(List.of(table.nearly("nearly 90", 90), table.approx("some 22", 22), table.approx("about 10", 10),
        table.moreThan("more than 50", 50), table.upTo("up to 40", 40), table.range("10 to 15", 10, 15)))
        .extracting(r -> r.low() + ".." + r.high() + "@" + r.point())
        .containsExactly("81..89@89", "19..25@22", "9..11@10", "51..null@51", "0..40@40", "10..15@12");
    assertThat(table.vague("dozens", "dozens", 1)).get().extracting(NumberReading::low, NumberReading::high)
        .containsExactly(24L, 99L);
  }

  @Test
  void roundTripsThroughJacksonForRunJson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String written = json.writeValueAsString(table);
    assertThat(json.readValue(written, ReadingsTable.class)).isEqualTo(table);
    assertThat(written).contains("\"nearlyLowFactor\":0.9").contains("\"scores\":{\"low\":40,\"high\":99,\"point\":40}");
  }

  @Test
  void rejectsFactorsOutsideTheirRangeNamingTheField() {
    assertThatThrownBy(() -> new ReadingsTable(1.5, 0.9, 1.1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nearlyLowFactor");
    assertThatThrownBy(() -> new ReadingsTable.VagueReading(50, 10L, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconsistent");
  }
}
