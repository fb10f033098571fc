package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A request as the tenant (or the staff working it) reads it. */
public record RequestView(
    Long id,
    String number,
    String type,
    String status,
    String subject,
    String message,
    String outcome,
    String fileNumber,
    String agencyCode,
    String tenantName,
    Instant submittedAt,
    Instant closedAt,
    List<Step> steps)
    implements Serializable {

  /** One step of the history: a message key of the bundle, when, by whom. */
  public record Step(String key, Instant at, String actor) implements Serializable {}
}
