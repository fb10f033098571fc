package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The dashboard of a scope: the key figures, the open requests by residence, category and age, the
 * ratings of the period by score, and the requests themselves (open, and closed in the period), the
 * oldest first. Labels are keys (category, age bucket) or names (residence).
 */
public record TechnicalDashboardView(
    DashboardScope scope,
    KeyFigures figures,
    List<Count> openByResidence,
    List<Count> openByCategory,
    List<Count> openByAge,
    List<Count> ratings,
    List<Row> requests)
    implements Serializable {

  /**
   * The figures at the top of the page. Averages are null when there is nothing to average; ages
   * and durations are calendar days; the late share is in % of the requests closed in the period.
   */
  public record KeyFigures(
      long open,
      long openLate,
      Double averageOpenAgeDays,
      long closed,
      long closedLate,
      Double lateShare,
      Double averageResolutionDays,
      Double averageRating,
      long ratings)
      implements Serializable {}

  /** How many requests under a key (a residence's name, a category's or age's label key…). */
  public record Count(String key, long value) implements Serializable {}

  /**
   * One request of the list: its number, residence, category (label key), urgency, status and
   * resolution, when it was sent and closed, its age in days (at closing if closed), whether a
   * deadline was missed, and the tenant's rating.
   */
  public record Row(
      Long requestId,
      String number,
      String agencyCode,
      String residenceName,
      String categoryKey,
      String urgency,
      String status,
      String resolution,
      Instant submittedAt,
      Instant closedAt,
      long ageDays,
      boolean late,
      Integer rating)
      implements Serializable {

    public boolean open() {
      return !"CLOSED".equals(status);
    }
  }
}
