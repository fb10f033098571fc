package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A request as the tenant (or the staff working it) reads it. For a tenant, the steps and documents
 * are those he may see; for staff, all of them.
 */
public record RequestView(
    Long id,
    String number,
    String type,
    String status,
    String resolution,
    String subject,
    String message,
    String outcome,
    Long contractId,
    String fileNumber,
    String agencyCode,
    String residenceName,
    String tenantName,
    Instant submittedAt,
    Instant closedAt,
    List<Step> steps,
    List<Attachment> documents)
    implements Serializable {

  public boolean open() {
    return !"CLOSED".equals(status);
  }

  /** The latest step of the history, the one "Mes demandes" lists. */
  public Step lastStep() {
    return steps.isEmpty() ? null : steps.get(steps.size() - 1);
  }

  public boolean waitingForTenant() {
    return "WAITING_TENANT".equals(status);
  }

  /**
   * One step of the history: a key of the request texts bundle, when, by whom, an optional detail
   * and whether the tenant sees it.
   */
  public record Step(String key, Instant at, String actor, String detail, boolean tenantVisible)
      implements Serializable {}

  /** A file joined to the request, without its content. */
  public record Attachment(
      Long id, String kind, String fileName, String contentType, int sizeBytes, Instant uploadedAt)
      implements Serializable {

    public boolean image() {
      return contentType.startsWith("image/");
    }
  }
}
