package org.tollrecon.reconcile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.eval.CsvTable;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.extract.NumberReading;
import org.tollrecon.extract.Qualifier;
import org.tollrecon.extract.Scope;

/**
 * A diagnostic, not a test: re-reconciles the {@code claims.csv} of a finished GVC run (claims, stories and
 * incidents as the run left them) with the reconciliation code now compiled, and scores it the way {@code
 * GvcScorer} does, in seconds rather than a full pipeline run. Writes every gold incident whose killed or
 * injured figure is wrong (every gold incident with {@code -Dwhatif.all=true}), with its reports and the claims
 * of its articles. Args: the run directory, the gold incidents.csv, the output file.
 */
final class ReconcileWhatIf {

  private ReconcileWhatIf() {}

  /** The predicted killed and injured figures of an incident, zero when it has none. */
  private record Predicted(long killed, long killedLow, long killedHigh, long injured, long injuredLow,
      long injuredHigh) {
    static final Predicted NONE = new Predicted(0, 0, 0, 0, 0, 0);

    static Predicted of(IncidentFigures f) {
      Optional<Figure> k = f.inPeople(Category.KILLED);
      Optional<Figure> i = f.inPeople(Category.INJURED);
      return new Predicted(k.map(Figure::best).orElse(0L), k.map(Figure::low).orElse(0L),
          k.map(Figure::high).orElse(0L), i.map(Figure::best).orElse(0L), i.map(Figure::low).orElse(0L),
          i.map(Figure::high).orElse(0L));
    }
  }

  public static void main(String[] args) throws IOException {
    List<Map<String, String>> rows = CsvTable.read(Path.of(args[0]).resolve("claims.csv")).rows();
    Map<String, List<AlignedClaim>> byIncident = new TreeMap<>();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, List<Map<String, String>>> rowsOfArticle = new HashMap<>();
    for (Map<String, String> r : rows) {
      rowsOfArticle.computeIfAbsent(r.get("article_id"), a -> new ArrayList<>()).add(r);
      String incident = r.get("incident_id");
      if (incident != null && !incident.isEmpty()) {
        votes.computeIfAbsent(r.get("article_id"), a -> new HashMap<>()).merge(incident, 1, Integer::sum);
        byIncident.computeIfAbsent(incident, i -> new ArrayList<>()).add(aligned(r));
      }
    }
    Map<String, String> incidentOfArticle = new HashMap<>();
    votes.forEach((a, m) -> incidentOfArticle.put(a, mostCommon(m)));
    Reconciler reconciler = new Reconciler();
    Map<String, IncidentFigures> figures = new HashMap<>();
    byIncident.forEach((id, claims) -> figures.put(id, reconciler.reconcile(id, claims)));
    int n = 0, killedOk = 0, injuredOk = 0, both = 0, killedIn = 0, injuredIn = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (Map<String, String> gold : CsvTable.read(Path.of(args[1])).rows()) {
        List<String> articles = List.of(gold.get("article_ids").split(";"));
        Map<String, Integer> vote = new HashMap<>();
        articles.stream().map(incidentOfArticle::get).filter(Objects::nonNull)
            .forEach(i -> vote.merge(i, 1, Integer::sum));
        String incident = vote.isEmpty() ? null : mostCommon(vote);
        Predicted p = incident == null ? Predicted.NONE : Predicted.of(figures.get(incident));
        long k = Long.parseLong(gold.get("killed"));
        long i = Long.parseLong(gold.get("injured"));
        n++;
        killedOk += k == p.killed() ? 1 : 0;
        injuredOk += i == p.injured() ? 1 : 0;
        both += k == p.killed() && i == p.injured() ? 1 : 0;
        killedIn += p.killedLow() <= k && k <= p.killedHigh() ? 1 : 0;
        injuredIn += p.injuredLow() <= i && i <= p.injuredHigh() ? 1 : 0;
        if (k != p.killed() || i != p.injured() || Boolean.getBoolean("whatif.all")) {
          out.printf("=== gold %s killed %d injured %d | pred %s killed %d injured %d %s%s%n", gold.get("incident_id"),
              k, i, incident, p.killed(), p.injured(), k == p.killed() ? "" : "K", i == p.injured() ? "" : "I");
          if (incident != null) {
            writeIncident(out, figures.get(incident), byIncident.get(incident), rowsOfArticle, articles);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "n=%d killed %.3f injured %.3f both %.3f killedIn %.3f injuredIn %.3f%n", n,
        killedOk / (double) n, injuredOk / (double) n, both / (double) n, killedIn / (double) n,
        injuredIn / (double) n);
  }

  private static void writeIncident(PrintWriter out, IncidentFigures figures, List<AlignedClaim> claims,
      Map<String, List<Map<String, String>>> rowsOfArticle, List<String> goldArticles) {
    for (Figure f : figures.figures()) {
      for (ReportPoint r : f.reports()) {
        out.printf("  report %s/%s %s story=%s by='%s' point=%d %s pub=%s ids=%s%n", f.category(), f.unit(),
            r.source(), r.storyId(), r.attributedTo(), r.point(), r.reading().qualifier().label(), r.published(),
            r.claimIds());
      }
    }
    claims.stream().map(a -> a.claim().articleId()).distinct().sorted().forEach(a -> {
      out.printf("  article %s%s%n", a, goldArticles.contains(a) ? "" : " (not in this gold incident)");
      for (Map<String, String> r : rowsOfArticle.get(a)) {
        out.printf("    %s %s %s '%s' [%s] %s sub=%s by=%s inc=%s :: %s%n", r.get("claim_id"), r.get("category"),
            r.get("scope"), r.get("number_text"), r.get("victims_text"), r.get("qualifier"), r.get("subset_of"),
            r.get("attributed_to"), r.get("incident_id"), r.get("sentence"));
      }
    });
  }

  private static String mostCommon(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /** A cell as written, less the quote that guards a leading formula character (DESIGN.md section 5). */
  private static String text(Map<String, String> r, String column) {
    String s = r.get(column);
    if (s == null || s.isEmpty()) {
      return null;
    }
    boolean guarded = s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0;
    return guarded ? s.substring(1) : s;
  }

  private static AlignedClaim aligned(Map<String, String> r) {
    String high = text(r, "high");
    NumberReading reading = new NumberReading(text(r, "number_text"), Long.parseLong(r.get("low")),
        high == null ? null : Long.parseLong(high), Long.parseLong(r.get("point")),
        byLabel(Qualifier.values(), Qualifier::label, r.get("qualifier")));
    String sentence = text(r, "sentence");
    CasualtyClaim claim = new CasualtyClaim(r.get("claim_id"), r.get("article_id"),
        byLabel(Scope.values(), Scope::label, r.get("scope")),
        byLabel(Category.values(), Category::label, r.get("category")), text(r, "unit"), text(r, "victims"),
        text(r, "victims_text"), text(r, "side"), reading, text(r, "subset_of"), text(r, "attributed_to"),
        date(text(r, "event_date")), text(r, "date_text"), text(r, "location"), text(r, "country"),
        text(r, "location_text"), text(r, "event_type"), sentence == null ? "" : sentence,
        Integer.parseInt(r.get("char_start")), Integer.parseInt(r.get("char_end")));
    return new AlignedClaim(claim, r.get("story_id"), text(r, "source"), date(text(r, "published")),
        text(r, "incident_id"));
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static <E> E byLabel(E[] values, Function<E, String> label, String wanted) {
    for (E e : values) {
      if (label.apply(e).equals(wanted)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown label " + wanted);
  }
}
