package org.tollrecon.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Place names resolved against GeoNames' cities500 (CC BY 4.0; resource {@code gazetteer.tsv.gz}, built by
 * {@code jobs/gazetteer/build-gazetteer}), its first-level regions, and the countries of the JDK's ISO list and
 * of {@code countries.tsv}. Takes a name as written and gives the candidate places, best first. Loaded once per
 * JVM on first use ({@link #get()}), immutable after, so safe to share between threads.
 */
public final class Gazetteer {
  private static final String RESOURCE = "gazetteer.tsv.gz";
  private static final Comparator<Place> BIGGEST_FIRST =
      Comparator.comparingLong(Place::population).reversed().thenComparing(Place::name);

  private final Map<String, Place[]> byExact;
  private final Map<String, Place[]> byLoose;
  private final Map<String, Place> regions;
  private final int size;

  private Gazetteer(Map<String, Place[]> byExact, Map<String, Place[]> byLoose, Map<String, Place> regions,
      int size) {
    this.byExact = byExact;
    this.byLoose = byLoose;
    this.regions = regions;
    this.size = size;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /** The gazetteer of this JVM, read from the classpath on first call. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /** How many places, regions and countries it holds. */
  public int size() {
    return size;
  }

  /**
   * Every place, region or country a name may denote, biggest first: exact matches (case, accents,
   * apostrophes, hyphens and the Arabic article ignored); when there are none, loose transliteration matches
   * within {@code country} only (null: loose matches only when they all lie in one country).
   */
  public List<Place> candidates(String name, String country) {
    Place[] exact = byExact.get(PlaceKey.exact(name));
    if (exact != null) {
      return List.of(exact);
    }
    String loose = PlaceKey.loose(name);
    Place[] near = loose.length() < 5 ? null : byLoose.get(loose);
    if (near == null) {
      return List.of();
    }
    List<Place> kept = Arrays.stream(near).filter(p -> country == null || p.country().equals(country)).toList();
    boolean oneCountry = kept.stream().map(Place::country).distinct().count() == 1;
    return oneCountry ? kept : List.of();
  }

  /**
   * The place a name most likely denotes, or empty. Preference, in order: a place inside {@code within} (a
   * region the text names beside it; may be null), a place in {@code country} (may be null), then size. A
   * region or country counts a tenth of its population against a town of the same name unless
   * {@code regionWanted} (the text says "province", "state"…), so "Idlib" is the city and "Tennessee" the state;
   * with {@code regionWanted} regions and countries come first.
   */
  public Optional<Place> resolve(String name, String country, Place within, boolean regionWanted) {
    Comparator<Place> order = Comparator.<Place, Boolean>comparing(p -> !inside(p, within))
        .thenComparing(p -> !p.country().equals(country))
        .thenComparing(p -> regionWanted && !(p.isRegion() || p.isCountry()))
        .thenComparing(p -> -weight(p, regionWanted))
        .thenComparing(Place::name);
    return candidates(name, country).stream().min(order);
  }

  /** The most populous place, region or country of that name; empty when the name is unknown. */
  public Optional<Place> resolve(String name) {
    return resolve(name, null, null, false);
  }

  /** The first-level region of {@code place}, when the gazetteer knows it. */
  public Optional<Place> regionOf(Place place) {
    return Optional.ofNullable(regions.get(place.country() + "\t" + place.admin1()));
  }

  private static boolean inside(Place p, Place within) {
    if (within == null) {
      return false;
    }
    return within.isCountry() ? p.country().equals(within.country()) : p.liesIn(within);
  }

  private static double weight(Place p, boolean regionWanted) {
    boolean area = p.isRegion() || p.isCountry();
    return area && !regionWanted ? p.population() / 10.0 : p.population();
  }

  private static Gazetteer load() {
    Map<String, Object> exact = new HashMap<>(1 << 20);
    Map<String, Object> loose = new HashMap<>(1 << 20);
    Map<String, Place> regions = new HashMap<>();
    Map<String, Long> people = new HashMap<>();
    Map<String, String> shared = new HashMap<>(); // one String per country, region and feature code
    int[] size = {0};
    readRows(row -> {
      Place p = place(row, shared);
      size[0]++;
      if (p.isRegion()) {
        regions.put(p.country() + "\t" + p.admin1(), p);
      } else {
        people.merge(p.country(), p.population(), Long::sum);
      }
      index(exact, loose, p.name(), p);
      if (row.length > 7 && !row[7].isEmpty()) {
        for (String alternate : row[7].split(",")) {
          index(exact, loose, alternate, p);
        }
      }
    });
    size[0] += indexCountries(exact, loose, people);
    return new Gazetteer(frozen(exact), frozen(loose), Map.copyOf(regions), size[0]);
  }

  /**
   * Countries under their English names (the JDK's ISO list), with the population of their places so that
   * "Jordan" is the country before the towns; then the other country names of countries.tsv ("Britain",
   * "West Bank", "U.S.") where no place has that name (that file also lists cities, which the places cover).
   */
  private static int indexCountries(Map<String, Object> exact, Map<String, Object> loose,
      Map<String, Long> people) {
    Map<String, Place> byCode = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      Place country = new Place(name, code, "", people.getOrDefault(code, 0L), Double.NaN, Double.NaN,
          Place.COUNTRY);
      byCode.put(code, country);
      index(exact, loose, name, country);
    }
    for (String[] row : LexiconRows.read("countries.tsv")) {
      Place country = byCode.get(row[1].trim());
      if (country != null && !exact.containsKey(PlaceKey.exact(row[0]))) {
        index(exact, loose, row[0].trim(), country);
      }
    }
    return byCode.size();
  }

  private static void index(Map<String, Object> exact, Map<String, Object> loose, String name, Place p) {
    String key = PlaceKey.exact(name);
    if (!key.isEmpty()) {
      exact.merge(key, p, Gazetteer::withPlace);
      loose.merge(PlaceKey.looseOfExact(key), p, Gazetteer::withPlace);
    }
  }

  /**
   * Index values while loading: a lone Place, or a Place[] once a key has several. Most keys name one place,
   * and a list per key would double the load time and the memory.
   */
  private static Object withPlace(Object old, Object added) {
    Place p = (Place) added;
    if (old instanceof Place q) {
      return q.equals(p) ? q : new Place[] {q, p};
    }
    Place[] places = (Place[]) old;
    for (Place q : places) {
      if (q.equals(p)) {
        return places;
      }
    }
    Place[] more = Arrays.copyOf(places, places.length + 1);
    more[places.length] = p;
    return more;
  }

  private static Map<String, Place[]> frozen(Map<String, Object> index) {
    Map<String, Place[]> out = new HashMap<>(index.size() * 4 / 3 + 1);
    index.forEach((k, v) -> {
      Place[] places = v instanceof Place p ? new Place[] {p} : (Place[]) v;
      Arrays.sort(places, BIGGEST_FIRST);
      out.put(k, places);
    });
    return Collections.unmodifiableMap(out); // never written after load; published through a final field
  }

  private static Place place(String[] row, Map<String, String> shared) {
    if (row.length < 7) {
      throw new IllegalStateException("gazetteer row with " + row.length + " columns: " + String.join("|", row));
    }
    return new Place(row[0], shared.computeIfAbsent(row[1], k -> k), shared.computeIfAbsent(row[2], k -> k),
        Long.parseLong(row[3]), coordinate(row[4]), coordinate(row[5]), shared.computeIfAbsent(row[6], k -> k));
  }

  private static double coordinate(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  private interface RowSink {
    void accept(String[] row);
  }

  private static void readRows(RowSink sink) {
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing gazetteer resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          sink.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
    }
  }
}
