package org.tollrecon.align;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * How strongly two story-level incidents look like one real-world incident (DESIGN.md section 1.4). Hard
 * evidence against (different countries, named places neither of which lies in the other's region, event
 * dates further apart than the window, conflicting specific event types) vetoes the link; otherwise the
 * score adds up what they share: the place, the day, the event type, victim groups, agreeing figures, proper names (the
 * named dead and wounded, streets, groups) and the words of their claim sentences. Pairs scoring at
 * least {@link #LINK} are linked. The candidates come from blocking (same or unknown country, dates
 * within the window), so the work stays near-linear in the number of incidents.
 */
public final class IncidentLinker {
  /** The score from which two incidents are one. */
  public static final double LINK = 3.0;
  /** How many days apart two stated event dates may be and still be one incident. */
  public static final int DATE_WINDOW_DAYS = 1;
  /**
   * How many days apart the dates may be when one of them is only a publication date standing in for an
   * unstated event date: reports often appear a few days after the event.
   */
  public static final int UNSTATED_DATE_WINDOW_DAYS = 3;

  private IncidentLinker() {}

  public static double score(IncidentProfile a, IncidentProfile b) {
    if (vetoed(a, b)) {
      return Double.NEGATIVE_INFINITY;
    }
    double score = 0;
    score += a.place() != null && a.place().equalsIgnoreCase(b.place()) ? 2.5
        : PlaceContainment.within(a.place(), b.place(), a.country()) || PlaceContainment.within(b.place(), a.place(), a.country()) ? 1.0
        : 0;
    score += a.dateStated() && b.dateStated() && a.date().equals(b.date()) ? 1.0 : 0;
    score += specific(a.eventType()) && a.eventType().equals(b.eventType()) ? 0.5 : 0;
    score += overlap(a.victims(), b.victims()) > 0 ? 0.5 : 0;
    score += figuresAgree(a.killed(), b.killed()) ? 1.0 : 0;
    score += figuresAgree(a.injured(), b.injured()) ? 0.5 : 0;
    score += Math.min(3.0, 1.5 * overlap(a.names(), b.names()));
    score += 3.0 * jaccard(a.words(), b.words());
    return score;
  }

  /** Evidence that two incidents cannot be one. */
  static boolean vetoed(IncidentProfile a, IncidentProfile b) {
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return true;
    }
    if (!PlaceContainment.compatible(a.place(), b.place(), a.country() != null ? a.country() : b.country())) {
      return true;
    }
    if (a.date() != null && b.date() != null
        && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > window(a, b)) {
      return true;
    }
    return specific(a.eventType()) && specific(b.eventType()) && !a.eventType().equals(b.eventType());
  }

  /** The most days apart the two incidents' dates may be. */
  public static int window(IncidentProfile a, IncidentProfile b) {
    return a.dateStated() && b.dateStated() ? DATE_WINDOW_DAYS : UNSTATED_DATE_WINDOW_DAYS;
  }

  /** How far the blocking looks from an incident's date for candidates. */
  public static int blockingWindow(IncidentProfile p) {
    return p.dateStated() ? DATE_WINDOW_DAYS : UNSTATED_DATE_WINDOW_DAYS;
  }

  private static boolean specific(String eventType) {
    return eventType != null && !LocalIncident.GENERIC_EVENT.equals(eventType);
  }

  private static boolean figuresAgree(Long a, Long b) {
    return a != null && a.equals(b) && a > 0;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size();
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = overlap(a, b);
    return (double) shared / (a.size() + b.size() - shared);
  }
}
