package org.tollrecon.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tollrecon.eval.CsvTable;
import org.tollrecon.reconcile.IncidentFigures;
import org.tollrecon.reconcile.Reconciler;
import org.tollrecon.report.IncidentRow;

/**
 * Re-runs alignment, linking and reconciliation in plain Java over the claims of an earlier GVC benchmark run
 * (as LinkStage does with Spark: same blocking, components and clustering) and prints the GVC scores, so that
 * changes to align/ can be measured in seconds. Not a test; run by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.tollrecon.align.OfflineLinkBench
 * target/benchmarks/gvc ../shared/benchmarks/gvc}. Extraction is not re-run: the claims are those of the run.
 */
public final class OfflineLinkBench {
  private OfflineLinkBench() {}

  public static void main(String[] args) throws IOException {
    Path run = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    Map<String, String> titles = titles(gold.resolve("articles.jsonl"));
    TEXT_NAMES.putAll(rareTextNames(gold.resolve("articles.jsonl"), run.resolve("articles.csv")));
    Map<String, List<AlignedClaim>> byStory = new TreeMap<>();
    for (Map<String, String> r : CsvTable.read(run.resolve("claims.csv")).rows()) {
      AlignedClaim a = GvcSplitDiagnostic.aligned(r);
      AlignedClaim t = new AlignedClaim(a.claim(), a.storyId(), a.source(), a.published(), null,
          titles.get(a.claim().articleId()));
      byStory.computeIfAbsent(t.storyId(), k -> new ArrayList<>()).add(t);
    }
    List<AlignedClaim> aligned = new ArrayList<>();
    byStory.values().forEach(l -> aligned.addAll(IncidentAligner.alignStory(l)));
    List<AlignedClaim> linked = link(aligned);
    if (Files.exists(gold.resolve("labels.csv"))) {
      scoreFakes(linked, gold.resolve("labels.csv"));
      return;
    }
    GOLD = gold.resolve("incidents.csv");
    Map<String, String> attached = attachClaimless(linked, run.resolve("articles.csv"), titles);
    score(linked, attached, gold.resolve("incidents.csv"));
    if (DUMP != null) {
      Map<String, String> goldOfArticle = new HashMap<>();
      for (Map<String, String> g : CsvTable.read(gold.resolve("incidents.csv")).rows()) {
        for (String a : g.get("article_ids").split(";")) {
          goldOfArticle.putIfAbsent(a, g.get("incident_id"));
        }
      }
      Map<String, Set<String>> goldOfIncident = new HashMap<>();
      aligned.stream().filter(a -> a.incidentId() != null).forEach(a -> goldOfIncident
          .computeIfAbsent(a.incidentId(), k -> new HashSet<>()).add(goldOfArticle.get(a.claim().articleId())));
      for (Object[] d : DUMP) {
        IncidentProfile a = (IncidentProfile) d[0];
        IncidentProfile b = (IncidentProfile) d[1];
        Set<String> ga = goldOfIncident.get(a.incidentId());
        boolean same = ga.stream().anyMatch(goldOfIncident.get(b.incidentId())::contains);
        System.out.println("PAIR\t" + same + "\t" + d[2] + "\ttn=" + IncidentLinker.sharedTextNames(a, b) + "\tgap="
            + daysApart(a, b) + "\t" + d[3] + "\t" + a.date() + a.dateStated() + "/" + b.date()
            + b.dateStated() + "\t" + a.place() + "/" + b.place() + "\t" + a.country() + "/" + b.country()
            + "\t" + a.headline() + "/" + b.headline() + "\t" + a.names() + "/" + b.names());
      }
    }
  }

  /** How many days apart two incidents' dates are (-1 when either is unknown). */
  private static long daysApart(IncidentProfile a, IncidentProfile b) {
    return a.date() == null || b.date() == null ? -1 : Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
  }

  static List<Object[]> DUMP = System.getenv("DUMP") != null ? new ArrayList<>() : null;

  static List<AlignedClaim> link(List<AlignedClaim> aligned) {
    Map<String, List<AlignedClaim>> byIncident = new TreeMap<>();
    aligned.stream().filter(a -> a.incidentId() != null)
        .forEach(a -> byIncident.computeIfAbsent(a.incidentId(), k -> new ArrayList<>()).add(a));
    List<IncidentProfile> profiles = new ArrayList<>();
    byIncident.forEach((id, cs) -> profiles.add(withTextNames(IncidentProfile.of(id, cs))));
    Set<String> common = commonNames(profiles);
    Map<String, List<IncidentProfile>> home = new HashMap<>();
    profiles.forEach(p -> LinkBlocks.homeKeys(p).forEach(k -> home.computeIfAbsent(k, z -> new ArrayList<>()).add(p)));
    Map<String, Map<String, Double>> pairs = new HashMap<>();
    List<String[]> edges = new ArrayList<>();
    for (IncidentProfile x : profiles) {
      for (String k : LinkBlocks.searchKeys(x)) {
        for (IncidentProfile y : home.getOrDefault(k, List.of())) {
          if (x == y || !disjoint(x.storyIds(), y.storyIds())) {
            continue;
          }
          IncidentProfile a = x.incidentId().compareTo(y.incidentId()) < 0 ? x : y;
          IncidentProfile b = a == x ? y : x;
          Map<String, Double> row = pairs.computeIfAbsent(a.incidentId(), z -> new HashMap<>());
          if (!row.containsKey(b.incidentId())) {
            double s = IncidentLinker.score(a, b, common);
            row.put(b.incidentId(), s);
            if (DUMP != null) {
              DUMP.add(new Object[] {a, b, s, IncidentLinker.parts(a, b, common)});
            }
            if (s >= IncidentLinker.LINK) {
              edges.add(new String[] {a.incidentId(), b.incidentId()});
            }
          }
        }
      }
    }
    Map<String, String> parent = new HashMap<>();
    for (String[] e : edges) {
      union(parent, e[0], e[1]);
    }
    Map<String, List<IncidentClusterer.ScoredPair>> byComponent = new HashMap<>();
    Map<String, Set<String>> idsOf = new HashMap<>();
    pairs.forEach((a, row) -> row.forEach((b, s) -> {
      if (parent.containsKey(a) && parent.containsKey(b) && find(parent, a).equals(find(parent, b))) {
        String c = find(parent, a);
        byComponent.computeIfAbsent(c, k -> new ArrayList<>()).add(new IncidentClusterer.ScoredPair(a, b, s));
        idsOf.computeIfAbsent(c, k -> new HashSet<>()).add(a);
        idsOf.get(c).add(b);
      }
    }));
    Map<String, String> rename = new HashMap<>();
    byComponent.forEach((c, ps) -> rename.putAll(IncidentClusterer.cluster(idsOf.get(c), ps)));
    List<AlignedClaim> out = new ArrayList<>();
    aligned.forEach(a -> out.add(a.incidentId() != null && rename.containsKey(a.incidentId())
        ? a.withIncident(rename.get(a.incidentId())) : a));
    return out;
  }

  static final Map<String, Set<String>> ALL_NAMES = new HashMap<>();
  static final Map<String, Set<String>> LOWER = new HashMap<>();

  /** The rare text names of each story, as LinkStage finds them. */
  static final Map<String, Set<String>> TEXT_NAMES = new HashMap<>();

  private static IncidentProfile withTextNames(IncidentProfile p) {
    Set<String> names = new HashSet<>();
    p.storyIds().forEach(s -> names.addAll(TEXT_NAMES.getOrDefault(s, Set.of())));
    return p.withTextNames(names);
  }

  private static Map<String, Set<String>> rareTextNames(Path jsonl, Path runArticles) throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    Map<String, String> outletOf = new HashMap<>();
    CsvTable.read(runArticles).rows().forEach(r -> {
      storyOf.put(r.get("article_id"), r.get("story_id"));
      outletOf.put(r.get("story_id"), r.get("source"));
    });
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Set<String>> byStory = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = mapper.readTree(line);
        String story = storyOf.get(n.get("id").asText());
        if (story != null) {
          byStory.computeIfAbsent(story, k -> new HashSet<>()).addAll(TextNames.of(
              n.hasNonNull("title") ? n.get("title").asText() : null, n.get("text").asText()));
          LOWER.computeIfAbsent(story, k -> new HashSet<>()).addAll(TextNames.lowerCaseWords(
              n.hasNonNull("title") ? n.get("title").asText() : null, n.get("text").asText()));
        }
      }
    }
    Map<String, Integer> df = new HashMap<>();
    Map<String, Set<String>> outlets = new HashMap<>();
    byStory.forEach((story, ns) -> ns.forEach(x -> {
      df.merge(x, 1, Integer::sum);
      outlets.computeIfAbsent(x, k -> new HashSet<>()).add(String.valueOf(outletOf.get(story)));
    }));
    long runStories = new HashSet<>(storyOf.values()).size();
    byStory.forEach((k, ns) -> ALL_NAMES.put(k, new HashSet<>(ns)));
    byStory.values().forEach(ns -> ns.removeIf(x -> !TextNames.rare(df.get(x), outlets.get(x).size(), runStories)));
    return byStory;
  }

  private static Set<String> commonNames(List<IncidentProfile> profiles) {
    long min = Math.max(3, profiles.size() / 100);
    Map<String, Integer> counts = new HashMap<>();
    profiles.forEach(p -> p.mentions().forEach(n -> counts.merge(n, 1, Integer::sum)));
    Set<String> out = new HashSet<>();
    counts.forEach((n, c) -> {
      if (c >= min) {
        out.add(n);
      }
    });
    return out;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    return p.equals(x) ? x : find(parent, p);
  }

  /**
   * Attaches the stories of the run that give no incident claim to incidents as ClaimlessStories does
   * (blocking by LinkBlocks, one profile per final incident); returns article id to incident id.
   */
  static Map<String, String> attachClaimless(List<AlignedClaim> linked, Path runArticles, Map<String, String> titles)
      throws IOException {
    Map<String, List<AlignedClaim>> byIncident = new TreeMap<>();
    Set<String> storiesWithIncident = new HashSet<>();
    linked.stream().filter(a -> a.incidentId() != null).forEach(a -> {
      byIncident.computeIfAbsent(a.incidentId(), k -> new ArrayList<>()).add(a);
      storiesWithIncident.add(a.storyId());
    });
    List<IncidentProfile> profiles = new ArrayList<>();
    byIncident.forEach((id, cs) -> profiles.add(withTextNames(IncidentProfile.of(id, cs))));
    Set<String> common = commonNames(profiles);
    Map<String, List<IncidentProfile>> home = new HashMap<>();
    profiles.forEach(p -> LinkBlocks.attachHomeKeys(p)
        .forEach(k -> home.computeIfAbsent(k, z -> new ArrayList<>()).add(p)));
    Map<String, List<Map<String, String>>> claimless = new TreeMap<>();
    for (Map<String, String> r : CsvTable.read(runArticles).rows()) {
      if (!"processed".equals(r.get("status")) || storiesWithIncident.contains(r.get("story_id"))) {
        continue;
      }
      claimless.computeIfAbsent(r.get("story_id"), k -> new ArrayList<>()).add(r);
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, List<Map<String, String>>> entry : claimless.entrySet()) {
      String story = entry.getKey();
      List<Map<String, String>> rows = entry.getValue();
      java.time.LocalDate published = rows.stream().map(r -> r.get("published")).filter(d -> d != null && !d.isEmpty())
          .map(java.time.LocalDate::parse).min(Comparator.naturalOrder()).orElse(null);
      List<String> heads = rows.stream().map(r -> titles.get(r.get("article_id"))).filter(t -> t != null).toList();
      IncidentProfile s = ClaimlessStories.profile(story, published, heads, ALL_NAMES.getOrDefault(story, Set.of()),
          LOWER.getOrDefault(story, Set.of()), TEXT_NAMES.getOrDefault(story, Set.of()));
      List<ClaimlessStories.Candidate> cands = new ArrayList<>();
      for (String k : LinkBlocks.claimlessSearchKeys(s)) {
        for (IncidentProfile p : home.getOrDefault(k, List.of())) {
          if (k.equals(LinkBlocks.claimlessMeetingKey(p, s))) {
            cands.add(new ClaimlessStories.Candidate(p.incidentId(), ClaimlessStories.score(p, s, common)));
          }
        }
      }
      ClaimlessStories.choose(cands).ifPresent(id -> rows.forEach(r -> out.put(r.get("article_id"), id)));
      if (System.getenv("ATTACHOUT") != null) {
        String target = goldTarget(rows.get(0).get("article_id"), linked);
        IncidentProfile tp = profiles.stream().filter(p -> p.incidentId().equals(target)).findFirst().orElse(null);
        System.out.println("GOLDTARGET " + story + " " + target + " blocked=" + cands.stream()
            .anyMatch(c -> c.incidentId().equals(target)) + " score=" + (tp == null ? "-"
            : ClaimlessStories.score(tp, s, common) + " parts=" + IncidentLinker.parts(tp, s, common) + " tn="
            + tp.textNames() + " date=" + tp.date() + " place=" + tp.place() + " mentions=" + tp.mentions()));
        cands.sort(Comparator.comparingDouble(ClaimlessStories.Candidate::score).reversed());
        System.out.println("STORY " + story + " " + rows.get(0).get("article_id") + " " + published + " names="
            + s.textNames() + " head=" + s.headline() + " top=" + cands.stream().distinct().limit(3).toList()
            + " -> " + ClaimlessStories.choose(cands).orElse("-") + (cands.isEmpty() ? "" : " topparts="
            + profiles.stream().filter(p -> p.incidentId().equals(cands.get(0).incidentId())).findFirst()
                .map(p -> IncidentLinker.parts(p, s, common) + " shared=" + sharedNames(p, s)).orElse("")));
      }
    }
    return out;
  }

  static Path GOLD;

  private static Set<String> sharedNames(IncidentProfile a, IncidentProfile b) {
    Set<String> out = new TreeSet<>(a.textNames());
    out.retainAll(b.textNames());
    Set<String> m = new TreeSet<>(a.mentions());
    m.retainAll(b.mentions());
    out.addAll(m.stream().map(x -> "m:" + x).toList());
    return out;
  }

  /** The predicted incident holding most claims of the gold mates of an article (null when none). */
  private static String goldTarget(String article, List<AlignedClaim> linked) throws java.io.UncheckedIOException {
    try {
      Set<String> mates = new HashSet<>();
      for (Map<String, String> g : CsvTable.read(GOLD).rows()) {
        List<String> arts = List.of(g.get("article_ids").split(";"));
        if (arts.contains(article)) {
          mates.addAll(arts);
        }
      }
      mates.remove(article);
      Map<String, Integer> votes = new HashMap<>();
      linked.stream().filter(a -> a.incidentId() != null && mates.contains(a.claim().articleId()))
          .forEach(a -> votes.merge(a.incidentId(), 1, Integer::sum));
      return votes.isEmpty() ? null : mostCommon(votes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void score(List<AlignedClaim> linked, Map<String, String> attached, Path goldIncidents)
      throws IOException {
    Assignment assigned = Assignment.of(linked);
    Map<String, List<AlignedClaim>> byIncident = assigned.byIncident();
    Map<String, Map<String, Integer>> counts = assigned.votes();
    Reconciler reconciler = new Reconciler();
    Map<String, IncidentRow> rows = new HashMap<>();
    byIncident.forEach((id, cs) -> rows.put(id, IncidentRow.of(cs, reconciler.reconcile(id, cs))));
    Map<String, String> incidentOf = new HashMap<>();
    counts.forEach((a, m) -> incidentOf.put(a, mostCommon(m)));
    Map<String, Set<String>> goldsOfArticle = new HashMap<>();
    for (Map<String, String> g : CsvTable.read(goldIncidents).rows()) {
      for (String a : g.get("article_ids").split(";")) {
        goldsOfArticle.computeIfAbsent(a, x -> new HashSet<>()).add(g.get("incident_id"));
      }
    }
    Map<String, Set<String>> goldsOfIncident = new HashMap<>();
    incidentOf.forEach((a, inc) -> goldsOfIncident.computeIfAbsent(inc, x -> new HashSet<>())
        .addAll(goldsOfArticle.getOrDefault(a, Set.of())));
    int right = 0;
    for (Map.Entry<String, String> e : attached.entrySet()) {
      boolean ok = goldsOfArticle.getOrDefault(e.getKey(), Set.of()).stream()
          .anyMatch(goldsOfIncident.getOrDefault(e.getValue(), Set.of())::contains);
      right += ok ? 1 : 0;
      if (System.getenv("ATTACHOUT") != null) {
        System.out.println("ATTACHED " + ok + " " + e.getKey() + " -> " + e.getValue());
      }
    }
    System.out.printf("claimless attached %d, right %d%n", attached.size(), right);
    int n = 0, k = 0, i = 0, both = 0;
    Map<String, String> goldOf = new LinkedHashMap<>();
    for (Map<String, String> g : CsvTable.read(goldIncidents).rows()) {
      n++;
      List<String> arts = List.of(g.get("article_ids").split(";"));
      arts.forEach(a -> goldOf.putIfAbsent(a, g.get("incident_id")));
      Map<String, Integer> votes = new HashMap<>();
      arts.forEach(a -> {
        if (incidentOf.containsKey(a)) {
          votes.merge(incidentOf.get(a), 1, Integer::sum);
        }
      });
      IncidentRow p = votes.isEmpty() ? null : rows.get(mostCommon(votes));
      boolean kOk = Long.parseLong(g.get("killed")) == (p == null || p.killedBest() == null ? 0 : p.killedBest());
      boolean iOk = Long.parseLong(g.get("injured")) == (p == null || p.injuredBest() == null ? 0 : p.injuredBest());
      if (System.getenv("GOLDOUT") != null) {
        System.out.println("G " + g.get("incident_id") + " " + kOk + " " + iOk + " " + g.get("killed") + "/"
            + g.get("injured") + " got " + (p == null ? "-" : p.killedBest() + "/" + p.injuredBest() + " "
            + p.incidentId() + " " + p.articleIds()));
      }
      k += kOk ? 1 : 0;
      i += iOk ? 1 : 0;
      both += kOk && iOk ? 1 : 0;
    }
    Map<String, String> predOf = new HashMap<>();
    goldOf.keySet().forEach(a -> predOf.put(a, incidentOf.getOrDefault(a, attached.getOrDefault(a, "alone:" + a))));
    Map<String, Set<String>> goldSets = new HashMap<>();
    Map<String, Set<String>> predSets = new HashMap<>();
    goldOf.forEach((a, g) -> goldSets.computeIfAbsent(g, x -> new HashSet<>()).add(a));
    predOf.forEach((a, p) -> predSets.computeIfAbsent(p, x -> new HashSet<>()).add(a));
    double prec = 0, rec = 0;
    for (String a : goldOf.keySet()) {
      Set<String> gs = goldSets.get(goldOf.get(a));
      Set<String> ps = predSets.get(predOf.get(a));
      long shared = gs.stream().filter(ps::contains).count();
      prec += (double) shared / ps.size();
      rec += (double) shared / gs.size();
    }
    prec /= goldOf.size();
    rec /= goldOf.size();
    System.out.printf("killed %.3f injured %.3f both %.3f  B3 P %.3f R %.3f F1 %.3f  incidents %d%n", k / (double) n,
        i / (double) n, both / (double) n, prec, rec, 2 * prec * rec / (prec + rec), rows.size());
  }

  /**
   * The FA-KES main-incident score as {@code tollrecon eval} reads it: for each article labelled once, whether the
   * killed best of the incident holding most of its claims equals its civilians and non-civilians.
   */
  private static void scoreFakes(List<AlignedClaim> linked, Path labels) throws IOException {
    Assignment assigned = Assignment.of(linked);
    Map<String, List<AlignedClaim>> byIncident = assigned.byIncident();
    Map<String, Map<String, Integer>> counts = assigned.votes();
    Reconciler reconciler = new Reconciler();
    List<Map<String, String>> rows = CsvTable.read(labels).rows();
    Map<String, Integer> labelled = new HashMap<>();
    rows.forEach(r -> labelled.merge(r.get("id"), 1, Integer::sum));
    int n = 0;
    int right = 0;
    for (Map<String, String> r : rows) {
      if (labelled.get(r.get("id")) != 1) {
        continue;
      }
      n++;
      long total = Long.parseLong(r.get("nb_civilians")) + Long.parseLong(r.get("nb_noncivilians"));
      Map<String, Integer> votes = counts.get(r.get("id"));
      if (votes != null) {
        String id = mostCommon(votes);
        IncidentRow row = IncidentRow.of(byIncident.get(id), reconciler.reconcile(id, byIncident.get(id)));
        right += row.killedBest() != null && row.killedBest() == total ? 1 : 0;
      }
    }
    System.out.printf("FA-KES main incident killed_best right %d/%d%n", right, n);
  }

  /** Linked claims by incident, and for each article how many of its claims each incident holds. */
  private record Assignment(Map<String, List<AlignedClaim>> byIncident, Map<String, Map<String, Integer>> votes) {
    static Assignment of(List<AlignedClaim> linked) {
      Map<String, List<AlignedClaim>> byIncident = new HashMap<>();
      Map<String, Map<String, Integer>> votes = new HashMap<>();
      for (AlignedClaim a : linked) {
        if (a.incidentId() != null) {
          byIncident.computeIfAbsent(a.incidentId(), k -> new ArrayList<>()).add(a);
          votes.computeIfAbsent(a.claim().articleId(), k -> new HashMap<>()).merge(a.incidentId(), 1, Integer::sum);
        }
      }
      return new Assignment(byIncident, votes);
    }
  }

  private static String mostCommon(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  private static Map<String, String> titles(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = mapper.readTree(line);
        if (n.hasNonNull("title")) {
          out.put(n.get("id").asText(), n.get("title").asText());
        }
      }
    }
    return out;
  }
}
