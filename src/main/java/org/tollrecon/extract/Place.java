package org.tollrecon.extract;

import java.util.Objects;

/**
 * A place of the gazetteer: a populated place, a first-level region (feature code {@code ADM1}) or a country
 * ({@code PCLI}). {@code name} is the GeoNames name without accents; {@code admin1} names the region the place
 * lies in (a region names itself; empty when unknown), so alignment can tell that a town lies in a province.
 * Coordinates are NaN when unknown (US states, countries).
 */
public record Place(String name, String country, String admin1, long population, double lat, double lon,
    String featureCode) {

  static final String REGION = "ADM1";
  static final String COUNTRY = "PCLI";

  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    if (!isCountryCode(country)) {
      throw new IllegalArgumentException("bad country code " + country + " for place " + name);
    }
    admin1 = admin1 == null ? "" : admin1;
    Objects.requireNonNull(featureCode, "featureCode");
    if (population < 0) {
      throw new IllegalArgumentException("negative population " + population + " for place " + name);
    }
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new IllegalArgumentException("bad coordinates " + lat + "," + lon + " for place " + name);
    }
  }

  // Checked by hand, not by regex: the gazetteer builds about 200,000 places when it loads.
  private static boolean isCountryCode(String s) {
    return s != null && s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1));
  }

  /** A first-level region (province, governorate, US state). */
  public boolean isRegion() {
    return REGION.equals(featureCode);
  }

  /** A whole country. */
  public boolean isCountry() {
    return COUNTRY.equals(featureCode);
  }

  /** Whether this place lies in {@code region} (same country and first-level region). */
  public boolean liesIn(Place region) {
    return region.isRegion() && country.equals(region.country()) && admin1.equals(region.admin1());
  }
}
