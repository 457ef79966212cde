package org.tollrecon.align;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Attaches a story that gives no incident claim (a follow-up on an arrest or a funeral, a profile of the victim,
 * a page whose figures the extractor could not read) to the incident it clearly reports on, so that it is listed
 * among that incident's articles. The story is read as an incident with no place, figure or event date of its own:
 * its publication date, the proper names of its texts and of its headlines, and which of them are rare in the run
 * ({@link TextNames}). It is scored against each incident it meets under a block key ({@link
 * LinkBlocks#claimlessSearchKeys}) with {@link IncidentLinker#score}, the same evidence and vetoes that link two
 * reports of one incident: the victim's and the suspect's names, the street, the town its headline names, dates
 * within {@link IncidentLinker#FOLLOW_UP_WINDOW_DAYS} days, or up to {@link IncidentLinker#NAMED_FOLLOW_UP_WINDOW_DAYS}
 * when they share {@link IncidentLinker#TEXT_NAMES} rare names.
 *
 * <p>The story is attached only to an incident that scores more than {@link IncidentLinker#LINK} while every other
 * candidate stays at least {@link #LEAD} below it. More than a bare link, because nothing the story says (a place,
 * a day, a figure) can veto a wrong match the way a report's claims do, and a wrong attachment misleads more than a
 * missing one; a clear lead, because a story that fits two incidents (two shootings on one street a few days apart,
 * a round-up) belongs to neither for sure. Claimless stories bring no figures, so attaching one changes no figure of
 * the incident and not its id.
 */
public final class ClaimlessStories {
  /** By how much the best incident's score must exceed every other candidate's. */
  public static final double LEAD = 1.5;

  private ClaimlessStories() {}

  /** An incident's score with a claimless story. */
  public record Candidate(String incidentId, double score) {
    public Candidate {
      Objects.requireNonNull(incidentId, "incidentId");
    }
  }

  /**
   * The profile of a claimless story: its publication date standing in for an unstated event date, no place,
   * country, event type or figure; the proper names of its texts ({@code names}, all {@link TextNames} of its
   * articles, where an incident has those of its claim sentences, without the words its texts also write in lower
   * case: {@code lowerCase}), of which {@code rareNames} are the rare ones, and the capitalised words of its
   * headlines. A page in capitals (a weather warning, a ticker) would otherwise share "WILL" and "THOSE" as rare
   * names with another such page.
   */
  public static IncidentProfile profile(String storyId, LocalDate published, Collection<String> titles,
      Set<String> names, Set<String> lowerCase, Set<String> rareNames) {
    Set<String> headline = new TreeSet<>();
    titles.forEach(t -> IncidentProfile.readHeadline(t, headline));
    headline.removeAll(lowerCase);
    Set<String> named = new TreeSet<>(names);
    named.removeAll(lowerCase);
    Set<String> rare = new TreeSet<>(rareNames);
    rare.retainAll(named);
    return new IncidentProfile(storyId, Set.of(storyId), published, false, null, null, null, Set.of(), null, null,
        named, Set.of(), headline, rare);
  }

  /** The score of a claimless story with one candidate incident (negative infinity when vetoed). */
  public static double score(IncidentProfile incident, IncidentProfile story, Set<String> commonNames) {
    return IncidentLinker.score(incident, story, commonNames);
  }

  /**
   * The incident a claimless story is attached to, given its scores with all its candidates (an incident may
   * appear more than once; its best score counts): the best one, when it scores more than the link score and leads
   * every other incident by {@link #LEAD}.
   */
  public static Optional<String> choose(List<Candidate> candidates) {
    List<Candidate> best = candidates.stream()
        .filter(c -> c.score() > Double.NEGATIVE_INFINITY)
        .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::incidentId))
        .toList();
    if (best.isEmpty() || best.get(0).score() <= IncidentLinker.LINK) {
      return Optional.empty();
    }
    String top = best.get(0).incidentId();
    double runnerUp = best.stream().filter(c -> !c.incidentId().equals(top)).mapToDouble(Candidate::score)
        .findFirst().orElse(Double.NEGATIVE_INFINITY);
    return best.get(0).score() - runnerUp >= LEAD ? Optional.of(top) : Optional.empty();
  }
}
