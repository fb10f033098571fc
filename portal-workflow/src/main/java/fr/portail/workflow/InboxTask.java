package fr.portail.workflow;

import java.io.Serializable;
import java.time.Instant;

/** A user task as the staff inbox lists it. */
public record InboxTask(
    String id,
    String name,
    String processKey,
    String processName,
    String requestNumber,
    Long requestId,
    String agencyCode,
    Instant createdAt,
    Instant dueAt,
    int priority,
    String assignee,
    boolean assignedToMe,
    String formKey)
    implements Serializable {

  public boolean claimed() {
    return assignee != null;
  }
}
