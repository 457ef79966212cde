package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.align.IncidentClusterer;
import org.tollrecon.align.IncidentLinker;
import org.tollrecon.align.LinkBlocks;
import org.tollrecon.align.IncidentProfile;
import org.tollrecon.align.TextNames;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Links story-level incidents across stories (DESIGN.md section 1.4): blocks incidents by country and
 * date (each compared with those dated within {@link IncidentLinker#FOLLOW_UP_WINDOW_DAYS} days) and by the
 * rare proper names of their stories' texts ({@link TextNames}), scores each
 * candidate pair with {@link IncidentLinker}, takes the components of the pairs that link, and within
 * each component lets {@link IncidentClusterer} form groups without chaining. Every claim then carries
 * its group's incident id.
 */
final class LinkStage {
  private static final Encoder<IncidentProfile> PROFILE = Encoders.javaSerialization(IncidentProfile.class);
  private static final StructType PAIRS = new StructType()
      .add("a", DataTypes.StringType).add("b", DataTypes.StringType).add("score", DataTypes.DoubleType);
  private static final StructType RENAMES = new StructType()
      .add("incident_id", DataTypes.StringType).add("linked_id", DataTypes.StringType);
  private static final StructType STORY_NAMES = new StructType()
      .add("story_id", DataTypes.StringType).add("source", DataTypes.StringType).add("name", DataTypes.StringType);

  private LinkStage() {}

  /**
   * Links the incidents of {@code aligned}, given the rare names of each story's texts ({@code storyNames}, see
   * {@link #rareTextNames}).
   */
  static Dataset<AlignedClaim> link(Dataset<AlignedClaim> aligned, Dataset<Row> storyNames) {
    Dataset<IncidentProfile> profiles = withTextNames(profiles(aligned), storyNames).localCheckpoint();
    Dataset<Row> pairs = candidatePairs(profiles, commonNames(profiles)).localCheckpoint();
    Dataset<Row> edges = pairs.filter(col("score").geq(IncidentLinker.LINK)).select("a", "b");
    if (edges.isEmpty()) {
      return aligned;
    }
    Dataset<Row> components = ConnectedComponents.of(edges);
    Dataset<Row> renames = renames(pairs, components).localCheckpoint();
    return rename(aligned, renames);
  }

  static Dataset<IncidentProfile> profiles(Dataset<AlignedClaim> aligned) {
    return aligned
        .filter((FilterFunction<AlignedClaim>) a -> a.incidentId() != null)
        .groupByKey((MapFunction<AlignedClaim, String>) AlignedClaim::incidentId, Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, AlignedClaim, IncidentProfile>) (id, it) -> {
          List<AlignedClaim> claims = new ArrayList<>();
          it.forEachRemaining(claims::add);
          return IncidentProfile.of(id, claims);
        }, PROFILE);
  }

  /**
   * Per story ({@code story_id}), the {@link TextNames} of its articles that are rare in the run
   * ({@code names}): named by few of its {@code stories} stories, and not by one outlet alone story after story.
   */
  static Dataset<Row> rareTextNames(Dataset<StoriedArticle> storied, long stories) {
    Dataset<Row> named = storied.flatMap((FlatMapFunction<StoriedArticle, Row>) s ->
        TextNames.of(s.article().title(), s.article().text()).stream()
            .map(n -> RowFactory.create(s.storyId(), s.article().source(), n)).iterator(), Encoders.row(STORY_NAMES))
        .distinct();
    Dataset<Row> rare = named.groupBy("name")
        .agg(countDistinct("story_id").as("stories"), countDistinct("source").as("outlets"))
        .filter((FilterFunction<Row>) r -> TextNames.rare(r.getLong(1), r.getLong(2), stories))
        .select("name");
    return named.join(rare, "name").groupBy("story_id").agg(collect_set("name").as("names"));
  }

  /** Each profile with the rare text names of all its stories. */
  static Dataset<IncidentProfile> withTextNames(Dataset<IncidentProfile> profiles, Dataset<Row> storyNames) {
    Dataset<Tuple2<String, IncidentProfile>> byStory = profiles.flatMap(
        (FlatMapFunction<IncidentProfile, Tuple2<String, IncidentProfile>>) p ->
            p.storyIds().stream().map(s -> new Tuple2<>(s, p)).iterator(),
        Encoders.tuple(Encoders.STRING(), PROFILE));
    return byStory.joinWith(storyNames, byStory.col("_1").equalTo(storyNames.col("story_id")), "left_outer")
        .groupByKey((MapFunction<Tuple2<Tuple2<String, IncidentProfile>, Row>, String>) t -> t._1()._2().incidentId(),
            Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Tuple2<Tuple2<String, IncidentProfile>, Row>, IncidentProfile>) (id, it) -> {
          IncidentProfile profile = null;
          Set<String> names = new HashSet<>();
          while (it.hasNext()) {
            Tuple2<Tuple2<String, IncidentProfile>, Row> t = it.next();
            profile = t._1()._2();
            if (t._2() != null) {
              names.addAll(t._2().<String>getList(1));
            }
          }
          return profile.withTextNames(names);
        }, PROFILE);
  }

  /**
   * The proper names (of sentences or headlines) found in at least one in {@link #COMMON_NAME_SHARE} of the
   * incidents (and at least {@link #COMMON_NAME_MIN} of them): names of monitors, parties and big cities, and
   * the words of title-case headlines ("Man", "Shooting"), that tie nothing together.
   * At most {@code COMMON_NAME_SHARE} times the names of one incident, so bounded, and small enough to ship.
   */
  static Set<String> commonNames(Dataset<IncidentProfile> profiles) {
    long minIncidents = Math.max(COMMON_NAME_MIN, profiles.count() / COMMON_NAME_SHARE);
    List<String> common = profiles
        .flatMap((FlatMapFunction<IncidentProfile, String>) p -> p.mentions().iterator(), Encoders.STRING())
        .groupBy("value").count()
        .filter(col("count").geq(minIncidents))
        .select("value").as(Encoders.STRING())
        .collectAsList();
    return new HashSet<>(common);
  }

  static final int COMMON_NAME_SHARE = 100;
  static final int COMMON_NAME_MIN = 3;

  /**
   * Pairs (a < b) of incidents from different stories that share a block, with their scores. An incident
   * is filed under its country and date, and looks for candidates under its country and under "country
   * unknown" on each day of its window; one of unknown country looks under its date only as "unknown",
   * which every incident also searches, so every pair within the window meets at least once. Incidents
   * whose texts share a rare name also meet under that name, whatever their dates. A pair that meets under
   * several keys is scored under its {@link LinkBlocks#meetingKey} only (once per direction; the duplicate
   * of the other direction is dropped).
   */
  static Dataset<Row> candidatePairs(Dataset<IncidentProfile> profiles, Set<String> commonNames) {
    Set<String> common = new HashSet<>(commonNames);
    Encoder<Tuple3<String, String, IncidentProfile>> keyed =
        Encoders.tuple(Encoders.STRING(), Encoders.STRING(), PROFILE);
    Dataset<Tuple3<String, String, IncidentProfile>> home = profiles.flatMap(
        (FlatMapFunction<IncidentProfile, Tuple3<String, String, IncidentProfile>>) p ->
            LinkBlocks.homeKeys(p).stream().map(k -> new Tuple3<>(k, p.incidentId(), p)).iterator(), keyed);
    Dataset<Tuple3<String, String, IncidentProfile>> window = profiles.flatMap(
        (FlatMapFunction<IncidentProfile, Tuple3<String, String, IncidentProfile>>) p ->
            LinkBlocks.searchKeys(p).stream().map(k -> new Tuple3<>(k, p.incidentId(), p)).iterator(), keyed);
    return home.joinWith(window, home.col("_1").equalTo(window.col("_1")).and(home.col("_2").notEqual(window.col("_2"))))
        .flatMap((FlatMapFunction<Tuple2<Tuple3<String, String, IncidentProfile>, Tuple3<String, String, IncidentProfile>>, Row>) t -> {
          IncidentProfile x = t._1()._3();
          IncidentProfile y = t._2()._3();
          if (!t._1()._1().equals(LinkBlocks.meetingKey(x, y)) || !disjoint(x.storyIds(), y.storyIds())) {
            return List.<Row>of().iterator();
          }
          IncidentProfile a = x.incidentId().compareTo(y.incidentId()) < 0 ? x : y;
          IncidentProfile b = a == x ? y : x;
          return List.of(RowFactory.create(a.incidentId(), b.incidentId(), IncidentLinker.score(a, b, common))).iterator();
        }, Encoders.row(PAIRS))
        .dropDuplicates("a", "b");
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.isEmpty();
  }

  /** For every incident of a component, the id of the group the clusterer puts it in. */
  static Dataset<Row> renames(Dataset<Row> pairs, Dataset<Row> components) {
    Dataset<Row> labelled = pairs
        .join(components.withColumnRenamed("vertex", "a").withColumnRenamed("label", "label_a"), "a")
        .join(components.withColumnRenamed("vertex", "b").withColumnRenamed("label", "label_b"), "b")
        .filter(col("label_a").equalTo(col("label_b")))
        .select(col("label_a").as("component"), col("a"), col("b"), col("score"));
    return labelled
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (component, rows) -> {
          List<IncidentClusterer.ScoredPair> scored = new ArrayList<>();
          Set<String> ids = new HashSet<>();
          rows.forEachRemaining(r -> {
            scored.add(new IncidentClusterer.ScoredPair(r.getString(1), r.getString(2), r.getDouble(3)));
            ids.add(r.getString(1));
            ids.add(r.getString(2));
          });
          Map<String, String> groups = IncidentClusterer.cluster(ids, scored);
          List<Row> out = new ArrayList<>();
          groups.forEach((id, group) -> out.add(RowFactory.create(id, group)));
          return out.iterator();
        }, Encoders.row(RENAMES));
  }

  private static Dataset<AlignedClaim> rename(Dataset<AlignedClaim> aligned, Dataset<Row> renames) {
    Dataset<Tuple2<String, AlignedClaim>> keyed = aligned.map(
        (MapFunction<AlignedClaim, Tuple2<String, AlignedClaim>>) a -> new Tuple2<>(a.incidentId(), a),
        Encoders.tuple(Encoders.STRING(), DomainEncoders.ALIGNED));
    return keyed.joinWith(renames, keyed.col("_1").equalTo(renames.col("incident_id")), "left_outer")
        .map((MapFunction<Tuple2<Tuple2<String, AlignedClaim>, Row>, AlignedClaim>) t ->
            t._2() == null ? t._1()._2() : t._1()._2().withIncident(t._2().getString(1)), DomainEncoders.ALIGNED);
  }
}
