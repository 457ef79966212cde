package org.tollrecon.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tollrecon.extract.CasualtyClaim;
import org.tollrecon.extract.Scope;

/**
 * Assigns the claims of one story (all copies of one syndicated article) to incidents. A first form of
 * DESIGN.md section 1.4:
 *
 * <ol>
 *   <li>Within an article, claims are read in text order and continue the group last added to while
 *       nothing they state (date or weekday, place, country, event type) contradicts it; a placed claim
 *       gives an unplaced group its place only when they share a specific event type or date. A claim
 *       that names the place or date of an earlier group rejoins it; otherwise a new group opens. A place
 *       that is only the country counts as no place. A subset claim joins the group of its total. A claim
 *       telling a later death ({@link LaterDeath}) that no group admits joins the latest group when only its
 *       day (not before the shooting's) or a hospital's town disagree: see {@link LocalIncident#admitsAcrossDeath}.
 *   <li>The story's representative copy (most claims, then the latest-ending claim, then smallest id) fixes
 *       the groups; a claim of another copy that repeats a representative claim (same category, number
 *       words, victims and source) takes that claim's incident, so copies never split an incident.
 *   <li>An incident id derives from content: for a group with a place, from date, country and place, so
 *       that reports from other outlets about the same place and day share it; for a group without a
 *       place, from the story, event type and the group's position, so it never absorbs other stories.
 * </ol>
 *
 * Aggregate claims get no incident. Input claims carry no incident id; output claims do.
 */
public final class IncidentAligner {
  private IncidentAligner() {}

  /** The claims of one story, each with its incident id (null for aggregate claims). */
  public static List<AlignedClaim> alignStory(List<AlignedClaim> storyClaims) {
    Map<String, List<AlignedClaim>> byArticle =
        storyClaims.stream()
            .sorted(Comparator.comparingInt((AlignedClaim a) -> a.claim().charStart()))
            .collect(Collectors.groupingBy(a -> a.claim().articleId(), LinkedHashMap::new, Collectors.toList()));
    String representative = representative(byArticle);
    Map<String, String> incidentOfStatement = new HashMap<>();
    List<AlignedClaim> out = new ArrayList<>(storyClaims.size());
    for (AlignedClaim a : alignArticle(byArticle.get(representative))) {
      incidentOfStatement.putIfAbsent(statementKey(a.claim()), a.incidentId());
      out.add(a);
    }
    byArticle.forEach(
        (articleId, claims) -> {
          if (articleId.equals(representative)) {
            return;
          }
          for (AlignedClaim a : alignArticle(claims)) {
            String repeated = incidentOfStatement.get(statementKey(a.claim()));
            out.add(repeated != null && a.incidentId() != null ? a.withIncident(repeated) : a);
          }
        });
    return out;
  }

  /** The claims of one article (sorted by offset), each with its incident id. */
  static List<AlignedClaim> alignArticle(List<AlignedClaim> claims) {
    List<LocalIncident> groups = new ArrayList<>();
    List<AlignedClaim> aggregates = new ArrayList<>();
    for (AlignedClaim a : claims) {
      if (a.claim().scope() == Scope.AGGREGATE) {
        aggregates.add(a.withIncident(null));
        continue;
      }
      LocalIncident home = groupOfTotal(groups, a.claim());
      if (home == null) {
        home = findGroup(groups, a.claim());
      }
      if (home == null && !groups.isEmpty() && groups.get(groups.size() - 1).admitsAcrossDeath(a.claim())) {
        groups.get(groups.size() - 1).addAcrossDeath(a); // the latest group stays the latest
        continue;
      }
      if (home == null) {
        home = new LocalIncident(a);
      } else {
        home.add(a);
        groups.remove(home);
      }
      groups.add(home);
    }
    List<AlignedClaim> out = new ArrayList<>(aggregates);
    groups.sort(Comparator.comparingInt((LocalIncident g) -> g.claims().get(0).claim().charStart()));
    int unlocated = 0;
    for (LocalIncident group : groups) {
      String id = group.location() != null ? locatedId(group) : unlocatedId(group, unlocated++);
      group.claims().forEach(a -> out.add(a.withIncident(id)));
    }
    return out;
  }

  /**
   * The group holding the total a subset claim is part of: "Five of the dead were children" belongs to the
   * toll it breaks down, even when its sentence names another place or day.
   */
  private static LocalIncident groupOfTotal(List<LocalIncident> groups, CasualtyClaim c) {
    if (c.subsetOf() == null) {
      return null;
    }
    return groups.stream()
        .filter(g -> g.claims().stream().anyMatch(a -> a.claim().claimId().equals(c.subsetOf())))
        .findFirst().orElse(null);
  }

  /** The group the claim continues; {@code groups} is ordered by last use, the latest last. */
  private static LocalIncident findGroup(List<LocalIncident> groups, CasualtyClaim c) {
    for (int i = groups.size() - 1; i >= 0; i--) {
      LocalIncident g = groups.get(i);
      boolean latest = i == groups.size() - 1;
      if (g.admits(c) && (latest ? g.canTakePlaceOf(c) : g.sharesStatedFact(c))) {
        return g;
      }
    }
    return null;
  }

  private static String locatedId(LocalIncident g) {
    AlignedClaim first = g.claims().get(0);
    LocalDate date = g.date() != null ? g.date() : first.published();
    String when = date != null ? date.toString() : g.dayWord() != null ? "day:" + g.dayWord() : "undated";
    return ContentIds.of(
        "inc", when, Objects.toString(g.country(), ""),
        g.location().toLowerCase(Locale.ROOT));
  }

  private static String unlocatedId(LocalIncident g, int ordinal) {
    AlignedClaim first = g.claims().get(0);
    return ContentIds.of("inc", "story", first.storyId(), Objects.toString(g.eventType(), ""), Integer.toString(ordinal));
  }

  private static String representative(Map<String, List<AlignedClaim>> byArticle) {
    Comparator<Map.Entry<String, List<AlignedClaim>>> order =
        Comparator.comparingInt((Map.Entry<String, List<AlignedClaim>> e) -> e.getValue().size())
            .thenComparingInt(e -> e.getValue().stream().mapToInt(a -> a.claim().charEnd()).max().orElse(0))
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
    return byArticle.entrySet().stream().max(order).orElseThrow().getKey();
  }

  /**
   * What identifies one statement across copies of a story: the figure's words, category, victims and
   * source. Not the sentence, which copies edit (a dateline added, a word changed).
   */
  private static String statementKey(CasualtyClaim c) {
    return String.join("\u001f", c.category().label(), c.reading().text().toLowerCase(Locale.ROOT),
        Objects.toString(c.victims(), ""), Objects.toString(c.attributedTo(), ""));
  }
}
