package org.tollrecon.align;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tollrecon.eval.CsvTable;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;
import org.tollrecon.extract.Scope;

/**
 * Lists the GVC gold incidents whose articles a run put in different incidents, with what each piece says
 * (date, place, country, event type, victims, figures) and the linker's score parts between the pieces,
 * and counts the causes. Not a test: run by hand over a benchmark run, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.tollrecon.align.GvcSplitDiagnostic
 * target/benchmarks/gvc ../shared/benchmarks/gvc}.
 */
public final class GvcSplitDiagnostic {
  private GvcSplitDiagnostic() {}

  public static void main(String[] args) throws IOException {
    Path run = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    boolean verbose = args.length < 3 || !args[2].equals("--counts");
    CsvTable claimsTable = CsvTable.read(run.resolve("claims.csv"));
    Map<String, Map<String, String>> articles = new HashMap<>();
    CsvTable.read(run.resolve("articles.csv")).rows().forEach(r -> articles.put(r.get("article_id"), r));
    Map<String, List<AlignedClaim>> claimsOfArticle = new HashMap<>();
    for (Map<String, String> r : claimsTable.rows()) {
      claimsOfArticle.computeIfAbsent(r.get("article_id"), k -> new ArrayList<>()).add(aligned(r));
    }
    Map<String, List<AlignedClaim>> claimsOfIncident = new HashMap<>();
    claimsOfArticle.values().forEach(l -> l.stream().filter(a -> a.incidentId() != null)
        .forEach(a -> claimsOfIncident.computeIfAbsent(a.incidentId(), k -> new ArrayList<>()).add(a)));
    Map<String, Integer> causes = new TreeMap<>();
    int split = 0;
    for (Map<String, String> g : CsvTable.read(gold.resolve("incidents.csv")).rows()) {
      List<String> ids = List.of(g.get("article_ids").split(";"));
      Map<String, List<String>> pieces = new LinkedHashMap<>();
      for (String a : ids) {
        pieces.computeIfAbsent(incidentOf(claimsOfArticle.get(a), a), k -> new ArrayList<>()).add(a);
      }
      if (pieces.size() < 2) {
        continue;
      }
      split++;
      List<Map.Entry<String, List<String>>> ordered = new ArrayList<>(pieces.entrySet());
      ordered.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
          .thenComparing(e -> e.getKey().startsWith("alone:") ? 1 : 0));
      StringBuilder out = new StringBuilder();
      out.append(String.format("GOLD %s %s %s, %s k=%s i=%s (%d articles, %d pieces)%n", g.get("incident_id"),
          g.get("date"), g.get("city"), g.get("state"), g.get("killed"), g.get("injured"), ids.size(), pieces.size()));
      Map<String, IncidentProfile> profiles = new HashMap<>();
      for (Map.Entry<String, List<String>> piece : ordered) {
        out.append("  piece ").append(piece.getKey()).append('\n');
        for (String a : piece.getValue()) {
          Map<String, String> art = articles.getOrDefault(a, Map.of());
          List<AlignedClaim> cs = claimsOfArticle.getOrDefault(a, List.of());
          Map<String, Long> byInc = new TreeMap<>();
          cs.forEach(c -> byInc.merge(String.valueOf(c.incidentId()), 1L, Long::sum));
          out.append(String.format("    art %s %s pub=%s story=%s claims=%s %s%n", a.substring(0, 8),
              art.get("source"), art.get("published"), art.get("story_id"), byInc, art.get("title")));
        }
        if (!piece.getKey().startsWith("alone:")) {
          IncidentProfile p = pieceProfile(piece.getKey(), piece.getValue(), claimsOfIncident, articles);
          profiles.put(piece.getKey(), p);
          out.append("    profile ").append(describe(p)).append('\n');
        }
      }
      Map.Entry<String, List<String>> main = ordered.get(0);
      for (Map.Entry<String, List<String>> other : ordered.subList(1, ordered.size())) {
        String cause = cause(main, other, profiles, claimsOfArticle, out);
        causes.merge(cause, 1, Integer::sum);
      }
      if (verbose) {
        System.out.println(out);
      }
    }
    System.out.println("split gold incidents: " + split);
    causes.forEach((k, v) -> System.out.println(String.format("%-40s %d", k, v)));
  }

  private static String cause(Map.Entry<String, List<String>> main, Map.Entry<String, List<String>> other,
      Map<String, IncidentProfile> profiles, Map<String, List<AlignedClaim>> claimsOfArticle, StringBuilder out) {
    String cause;
    if (other.getKey().startsWith("alone:") || main.getKey().startsWith("alone:")) {
      String lone = other.getKey().startsWith("alone:") ? other.getValue().get(0) : main.getValue().get(0);
      List<AlignedClaim> cs = claimsOfArticle.getOrDefault(lone, List.of());
      cause = cs.isEmpty() ? "no-claims" : "only-aggregate-claims";
    } else if (otherIncidentsOf(other.getValue(), claimsOfArticle).contains(main.getKey())) {
      cause = "assignment(article also in main)";
    } else {
      IncidentProfile a = profiles.get(main.getKey());
      IncidentProfile b = profiles.get(other.getKey());
      cause = linkCause(a, b);
      IncidentLinker.ScoreParts parts = IncidentLinker.parts(a, b);
      long gap = a.date() == null || b.date() == null ? -1 : Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
      out.append(String.format("  vs main: %s total=%.2f gap=%d %s%n", cause, parts.total(), gap, parts));
    }
    return cause;
  }

  private static String linkCause(IncidentProfile a, IncidentProfile b) {
    Set<String> shared = new TreeSet<>(a.storyIds());
    shared.retainAll(b.storyIds());
    if (!shared.isEmpty()) {
      return "same-story";
    }
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return "veto:country";
    }
    if (!PlaceContainment.compatible(a.place(), b.place(), a.country() != null ? a.country() : b.country())) {
      return "veto:place";
    }
    if (a.date() != null && b.date() != null
        && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > IncidentLinker.window(a, b)) {
      return "veto:date(" + (a.dateStated() ? "s" : "p") + (b.dateStated() ? "s" : "p") + ")";
    }
    if (IncidentLinker.vetoed(a, b)) {
      return "veto:event";
    }
    double total = IncidentLinker.parts(a, b).total();
    if (total >= IncidentLinker.LINK) {
      return "linked-but-not-clustered";
    }
    String places = a.place() == null || b.place() == null ? "place-missing" : "place-same/contained";
    return "low-score:" + places;
  }

  private static Set<String> otherIncidentsOf(List<String> articleIds, Map<String, List<AlignedClaim>> claims) {
    Set<String> out = new TreeSet<>();
    articleIds.forEach(a -> claims.getOrDefault(a, List.of()).forEach(c -> {
      if (c.incidentId() != null) {
        out.add(c.incidentId());
      }
    }));
    return out;
  }

  private static IncidentProfile pieceProfile(String incident, List<String> articleIds,
      Map<String, List<AlignedClaim>> claimsOfIncident, Map<String, Map<String, String>> articles) {
    Set<String> stories = new TreeSet<>();
    articleIds.forEach(a -> stories.add(articles.getOrDefault(a, Map.of()).get("story_id")));
    List<AlignedClaim> cs = claimsOfIncident.get(incident).stream().filter(c -> stories.contains(c.storyId())).toList();
    return IncidentProfile.of(incident, cs.isEmpty() ? claimsOfIncident.get(incident) : cs);
  }

  private static String describe(IncidentProfile p) {
    return String.format("date=%s%s place=%s country=%s event=%s victims=%s k=%s i=%s names=%s", p.date(),
        p.dateStated() ? "(stated)" : "(pub)", p.place(), p.country(), p.eventType(), p.victims(), p.killed(),
        p.injured(), p.names());
  }

  private static String incidentOf(List<AlignedClaim> claims, String article) {
    Map<String, Integer> counts = new HashMap<>();
    if (claims != null) {
      claims.stream().filter(c -> c.incidentId() != null).forEach(c -> counts.merge(c.incidentId(), 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("alone:" + article);
  }

  static AlignedClaim aligned(Map<String, String> r) {
    String high = r.get("high");
    NumberReading reading = new NumberReading(r.get("number_text"), Long.parseLong(r.get("low")),
        high == null || high.isEmpty() ? null : Long.parseLong(high), Long.parseLong(r.get("point")),
        byLabel(Qualifier.class, Qualifier::label, r.get("qualifier")));
    CasualtyClaim c = new CasualtyClaim(r.get("claim_id"), r.get("article_id"),
        byLabel(Scope.class, Scope::label, r.get("scope")), byLabel(Category.class, Category::label, r.get("category")),
        blank(r.get("unit")), blank(r.get("victims")), blank(r.get("victims_text")),
        blank(r.get("side")), reading, blank(r.get("subset_of")), blank(r.get("attributed_to")),
        date(r.get("event_date")), blank(r.get("date_text")), blank(r.get("location")), blank(r.get("country")),
        blank(r.get("location_text")), blank(r.get("event_type")), r.get("sentence"),
        Integer.parseInt(r.get("char_start")), Integer.parseInt(r.get("char_end")));
    return new AlignedClaim(c, r.get("story_id"), r.get("source"), date(r.get("published")), blank(r.get("incident_id")));
  }

  /** The constant of {@code type} whose label is {@code label}, as claims.csv writes it. */
  private static <E extends Enum<E>> E byLabel(Class<E> type, java.util.function.Function<E, String> labelOf,
      String label) {
    for (E e : type.getEnumConstants()) {
      if (labelOf.apply(e).equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " " + label);
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static LocalDate date(String s) {
    return s == null || s.isEmpty() ? null : LocalDate.parse(s);
  }
}
