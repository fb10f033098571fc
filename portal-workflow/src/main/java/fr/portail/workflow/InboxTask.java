package fr.portail.workflow;

import java.io.Serializable;
import java.time.Instant;

/** A user task as the staff inbox lists it. */
public record InboxTask(
    String id,
    String name,
    String taskKey,
    String processKey,
    String processName,
    String processInstanceId,
    String requestNumber,
    Long requestId,
    String agencyCode,
    String residenceName,
    String tenantName,
    Instant createdAt,
    Instant dueAt,
    int priority,
    String assignee,
    String assigneeName,
    boolean assignedToMe,
    String formKey,
    DueState dueState)
    implements Serializable {

  /** How near the due date is, for the inbox's colours. */
  public enum DueState {
    LATE,
    TODAY,
    LATER,
    NONE
  }

  public boolean claimed() {
    return assignee != null;
  }

  public boolean late() {
    return dueState == DueState.LATE;
  }

  public boolean dueToday() {
    return dueState == DueState.TODAY;
  }
}
