package org.tollrecon.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tollrecon.align.AlignedClaim;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Category;
import org.tollrecon.reconcile.Figure;
import org.tollrecon.reconcile.IncidentFigures;

/**
 * One row of {@code incidents.csv}: what the incident's claims say of when, where and what, and its killed
 * and injured figures (in people). {@code date} is the most stated event date (ties: the earliest), falling
 * back on publication dates; {@code dateLow}/{@code dateHigh} span all of them. {@code discrepancy} is the
 * worst severity among its conflicts ({@code none}, {@code minor}, {@code major}); {@code grade} how well it is
 * sourced ({@code single_source}, {@code corroborated}, {@code contested}).
 */
public record IncidentRow(
    String incidentId,
    LocalDate date,
    LocalDate dateLow,
    LocalDate dateHigh,
    String location,
    String country,
    String eventType,
    String summary,
    long nArticles,
    long nStories,
    long nReports,
    List<String> sources,
    List<String> articleIds,
    Long killedLow,
    Long killedBest,
    Long killedHigh,
    Long injuredLow,
    Long injuredBest,
    Long injuredHigh,
    String discrepancy,
    String grade)
    implements Serializable {

  public IncidentRow {
    Objects.requireNonNull(incidentId, "incidentId");
    sources = List.copyOf(sources);
    articleIds = List.copyOf(articleIds);
  }

  /** Builds the row from the incident's claims (all of one incident) and their reconciled figures. */
  public static IncidentRow of(List<AlignedClaim> claims, IncidentFigures figures) {
    List<LocalDate> dates =
        claims.stream()
            .map(a -> a.claim().eventDate() != null ? a.claim().eventDate() : a.published())
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    Optional<Figure> killed = figures.inPeople(Category.KILLED);
    Optional<Figure> injured = figures.inPeople(Category.INJURED);
    long nReports = figures.independentReports();
    String location = mostStated(claims, c -> c.location());
    String eventType = mostStated(claims, c -> c.eventType());
    LocalDate date = mostStatedDate(dates);
    return new IncidentRow(
        figures.incidentId(), date,
        dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
        location, mostStated(claims, c -> c.country()), eventType,
        summary(eventType, location, date, killed, injured, nReports),
        claims.stream().map(a -> a.claim().articleId()).distinct().count(),
        claims.stream().map(AlignedClaim::storyId).distinct().count(),
        nReports, sources(claims),
        claims.stream().map(a -> a.claim().articleId()).distinct().sorted().toList(),
        killed.map(Figure::low).orElse(null), killed.map(Figure::best).orElse(null),
        killed.map(Figure::high).orElse(null), injured.map(Figure::low).orElse(null),
        injured.map(Figure::best).orElse(null), injured.map(Figure::high).orElse(null),
        figures.discrepancyLevel().label(), figures.grade().label());
  }

  /**
   * This row with articles that report on the incident without giving a claim (of {@code stories} syndication
   * groups that give none either): listed in {@code articleIds} and counted in {@code nArticles} and
   * {@code nStories}; the id, figures and everything read from claims stay as they are.
   */
  public IncidentRow withAttached(Collection<String> attachedArticleIds, long stories) {
    TreeSet<String> all = new TreeSet<>(articleIds);
    all.addAll(attachedArticleIds);
    return new IncidentRow(incidentId, date, dateLow, dateHigh, location, country, eventType, summary, all.size(),
        nStories + stories, nReports, sources, List.copyOf(all), killedLow, killedBest, killedHigh, injuredLow,
        injuredBest, injuredHigh, discrepancy, grade);
  }

  private static String mostStated(List<AlignedClaim> claims, Function<CasualtyClaim, String> field) {
    Map<String, Long> counts =
        claims.stream().map(a -> field.apply(a.claim())).filter(Objects::nonNull)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static LocalDate mostStatedDate(List<LocalDate> sortedDates) {
    return sortedDates.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet().stream()
        .max(Map.Entry.<LocalDate, Long>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<String> sources(List<AlignedClaim> claims) {
    TreeSet<String> cited = new TreeSet<>();
    TreeSet<String> outlets = new TreeSet<>();
    for (AlignedClaim a : claims) {
      if (a.claim().attributedTo() != null && !a.claim().attributedTo().isBlank()) {
        cited.add(a.claim().attributedTo());
      }
      if (a.source() != null && !a.source().isBlank()) {
        outlets.add(a.source());
      }
    }
    outlets.removeAll(cited);
    return java.util.stream.Stream.concat(cited.stream(), outlets.stream()).toList();
  }

  private static String summary(
      String eventType, String location, LocalDate date, Optional<Figure> killed, Optional<Figure> injured,
      long nReports) {
    StringBuilder s = new StringBuilder();
    s.append(eventType == null ? "Incident" : capitalised(eventType.replace('_', ' ')));
    s.append(location == null ? "" : " in " + location);
    s.append(date == null ? "" : " on " + date);
    s.append(": ");
    s.append(killed.map(f -> "killed " + span(f)).orElse("no killed figure"));
    injured.ifPresent(f -> s.append(", injured ").append(span(f)));
    s.append(" (").append(nReports).append(nReports == 1 ? " report)" : " reports)");
    return s.toString();
  }

  private static String span(Figure f) {
    return f.low() == f.high() ? Long.toString(f.best()) : f.low() + "-" + f.high() + " (best " + f.best() + ")";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** The row's values in {@link ContractTable#INCIDENTS} column order. */
  public List<Object> cells() {
    return java.util.Arrays.asList(
        incidentId, date, dateLow, dateHigh, location, country, eventType, summary, nArticles, nStories,
        nReports, sources, articleIds, killedLow, killedBest, killedHigh, injuredLow, injuredBest,
        injuredHigh, discrepancy, grade);
  }
}
