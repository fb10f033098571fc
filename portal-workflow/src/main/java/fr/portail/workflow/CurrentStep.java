package fr.portail.workflow;

import java.io.Serializable;
import java.time.Instant;

/** The open user task of a request's process: which step, its name, when it is due. */
public record CurrentStep(String requestNumber, String taskKey, String taskName, Instant dueAt)
    implements Serializable {

  /** Whether the step is past its due date at {@code now}. */
  public boolean overdue(Instant now) {
    return dueAt != null && now.isAfter(dueAt);
  }
}
