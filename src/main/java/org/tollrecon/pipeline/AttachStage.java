package org.tollrecon.pipeline;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
import org.tollrecon.align.ClaimlessStories;
import org.tollrecon.align.IncidentProfile;
import org.tollrecon.align.LinkBlocks;
import org.tollrecon.align.TextNames;
import scala.Tuple2;

/**
 * Attaches the stories that give no incident claim to the incident each clearly reports on ({@link
 * ClaimlessStories}), after linking: every linked incident is profiled from all its claims and the rare names of
 * its stories' texts, each claimless story meets the incidents under its {@link LinkBlocks#claimlessSearchKeys}
 * (the days around its publication date, the rare names of its texts), and the story's articles join the chosen
 * incident's articles. Only the blocks are joined, so the work stays near-linear in the number of stories.
 */
final class AttachStage {
  private static final Encoder<IncidentProfile> PROFILE = Encoders.javaSerialization(IncidentProfile.class);
  /** One attached article: the incident, the article and its story. */
  static final StructType ATTACHED = new StructType()
      .add("incident_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
      .add("story_id", DataTypes.StringType);
  private static final StructType ARTICLES = new StructType()
      .add("story_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
      .add("published", DataTypes.DateType).add("title", DataTypes.StringType).add("text", DataTypes.StringType);
  private static final StructType CLAIMLESS = new StructType()
      .add("story_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
      .add("published", DataTypes.DateType).add("title", DataTypes.StringType)
      .add("text_names", DataTypes.createArrayType(DataTypes.StringType))
      .add("lower_case", DataTypes.createArrayType(DataTypes.StringType));
  private static final StructType CHOSEN = new StructType()
      .add("story_id", DataTypes.StringType).add("incident_id", DataTypes.StringType);
  private static final StructType CANDIDATE = new StructType()
      .add("story_id", DataTypes.StringType).add("incident_id", DataTypes.StringType)
      .add("score", DataTypes.DoubleType);

  private AttachStage() {}

  /**
   * The articles of {@code storied} whose stories give no incident claim in {@code linked}, each with the incident
   * it is attached to ({@link #ATTACHED} rows); {@code storyNames} are the rare text names per story.
   */
  static Dataset<Row> attachments(Dataset<AlignedClaim> linked, Dataset<StoriedArticle> storied,
      Dataset<Row> storyNames) {
    Dataset<IncidentProfile> incidents = LinkStage.withTextNames(LinkStage.profiles(linked), storyNames);
    Set<String> common = LinkStage.commonNames(incidents);
    Dataset<Row> claimless = claimlessArticles(linked, storied).localCheckpoint();
    Dataset<Row> chosen = choose(candidates(incidents, storyProfiles(claimless, storyNames), common));
    return claimless.join(chosen, "story_id").select("incident_id", "article_id", "story_id");
  }

  /**
   * The accepted articles ({@link #CLAIMLESS} rows) of the stories that give no incident claim, with the proper
   * names of their texts ({@link TextNames}).
   */
  static Dataset<Row> claimlessArticles(Dataset<AlignedClaim> linked, Dataset<StoriedArticle> storied) {
    Dataset<Row> withIncident = linked
        .filter((FilterFunction<AlignedClaim>) a -> a.incidentId() != null)
        .map((MapFunction<AlignedClaim, String>) AlignedClaim::storyId, Encoders.STRING())
        .distinct().withColumnRenamed("value", "story_id");
    Dataset<Row> articles = storied.map((MapFunction<StoriedArticle, Row>) s -> RowFactory.create(
        s.storyId(), s.article().id(), s.article().published(), s.article().title(), s.article().text()),
        Encoders.row(ARTICLES));
    return articles.join(withIncident, articles.col("story_id").equalTo(withIncident.col("story_id")), "left_anti")
        .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), r.getString(1), r.get(2), r.getString(3),
            TextNames.of(r.getString(3), r.getString(4)).toArray(new String[0]),
            TextNames.lowerCaseWords(r.getString(3), r.getString(4)).toArray(new String[0])), Encoders.row(CLAIMLESS));
  }

  /** One {@link ClaimlessStories#profile} per claimless story. */
  private static Dataset<IncidentProfile> storyProfiles(Dataset<Row> claimless, Dataset<Row> storyNames) {
    Dataset<Row> named = claimless.join(storyNames, claimless.col("story_id").equalTo(storyNames.col("story_id")),
        "left_outer").select(claimless.col("story_id"), col("published"), col("title"), col("text_names"), col("lower_case"),
        col("names"));
    return named
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, IncidentProfile>) (story, rows) -> {
          LocalDate published = null;
          List<String> titles = new ArrayList<>();
          Set<String> names = new HashSet<>();
          Set<String> lowerCase = new HashSet<>();
          Set<String> rare = new HashSet<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            LocalDate p = r.isNullAt(1) ? null : r.getLocalDate(1);
            published = published == null || p != null && p.isBefore(published) ? p : published;
            if (!r.isNullAt(2)) {
              titles.add(r.getString(2));
            }
            names.addAll(r.<String>getList(3));
            lowerCase.addAll(r.<String>getList(4));
            if (!r.isNullAt(5)) {
              rare.addAll(r.<String>getList(5));
            }
          }
          return ClaimlessStories.profile(story, published, titles, names, lowerCase, rare);
        }, PROFILE);
  }

  /**
   * Each claimless story's score with every incident it meets under a block key, scored once per pair (under
   * their {@link LinkBlocks#claimlessMeetingKey}).
   */
  private static Dataset<Row> candidates(Dataset<IncidentProfile> incidents, Dataset<IncidentProfile> stories,
      Set<String> commonNames) {
    Set<String> common = new HashSet<>(commonNames);
    Encoder<Tuple2<String, IncidentProfile>> keyed = Encoders.tuple(Encoders.STRING(), PROFILE);
    Dataset<Tuple2<String, IncidentProfile>> home = incidents.flatMap(
        (FlatMapFunction<IncidentProfile, Tuple2<String, IncidentProfile>>) p ->
            LinkBlocks.attachHomeKeys(p).stream().map(k -> new Tuple2<>(k, p)).iterator(), keyed);
    Dataset<Tuple2<String, IncidentProfile>> search = stories.flatMap(
        (FlatMapFunction<IncidentProfile, Tuple2<String, IncidentProfile>>) p ->
            LinkBlocks.claimlessSearchKeys(p).stream().map(k -> new Tuple2<>(k, p)).iterator(), keyed);
    return home.joinWith(search, home.col("_1").equalTo(search.col("_1")))
        .flatMap((FlatMapFunction<Tuple2<Tuple2<String, IncidentProfile>, Tuple2<String, IncidentProfile>>, Row>) t -> {
          IncidentProfile incident = t._1()._2();
          IncidentProfile story = t._2()._2();
          if (!t._1()._1().equals(LinkBlocks.claimlessMeetingKey(incident, story))) {
            return List.<Row>of().iterator();
          }
          return List.of(RowFactory.create(story.incidentId(), incident.incidentId(),
              ClaimlessStories.score(incident, story, common))).iterator();
        }, Encoders.row(CANDIDATE));
  }

  /** Per story, the incident {@link ClaimlessStories#choose} attaches it to ({@link #CHOSEN} rows). */
  private static Dataset<Row> choose(Dataset<Row> candidates) {
    return candidates
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (story, rows) -> {
          List<ClaimlessStories.Candidate> scored = new ArrayList<>();
          rows.forEachRemaining(r -> scored.add(new ClaimlessStories.Candidate(r.getString(1), r.getDouble(2))));
          return ClaimlessStories.choose(scored).map(id -> List.of(RowFactory.create(story, id)).iterator())
              .orElse(Collections.emptyIterator());
        }, Encoders.row(CHOSEN));
  }
}
