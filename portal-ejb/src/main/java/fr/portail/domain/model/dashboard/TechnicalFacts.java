package fr.portail.domain.model.dashboard;

import fr.portail.domain.model.request.RequestStatus;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.Urgency;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the dashboard knows of one technical request: where, what, how urgent, where it stands, when
 * it was sent and closed, whether a deadline was missed, and the tenant's rating if he gave one.
 */
public record TechnicalFacts(
    Long requestId,
    String number,
    String agencyCode,
    Long residenceId,
    String residenceName,
    TechnicalCategory category,
    Urgency urgency,
    RequestStatus status,
    Resolution resolution,
    Instant submittedAt,
    Instant closedAt,
    boolean deadlineMissed,
    Integer rating,
    Instant ratedAt)
    implements Serializable {

  public boolean open() {
    return status != RequestStatus.CLOSED;
  }

  /** Closed since the moment, on its own: a report merged into another is followed there. */
  public boolean closedSince(Instant since) {
    return !open()
        && closedAt != null
        && !closedAt.isBefore(since)
        && resolution != Resolution.MERGED;
  }

  public boolean ratedSince(Instant since) {
    return rating != null && ratedAt != null && !ratedAt.isBefore(since);
  }

  /** Since it was sent for an open request; from sending to closing for a closed one. */
  public Duration age(Instant now) {
    Instant end = open() || closedAt == null ? now : closedAt;
    return Duration.between(submittedAt, end);
  }
}
