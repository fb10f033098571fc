package fr.portail.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the engine knows of a request's process, for the staff's request view: the definition (to
 * draw it), where the instance stands and where it went, its tasks and the staff's notes.
 */
public record RequestTrace(
    String processDefinitionId,
    String processName,
    List<String> activeActivityIds,
    List<String> completedActivityIds,
    List<TraceTask> tasks,
    List<TaskComment> comments)
    implements Serializable {

  /** A user task of the instance: open or done, by whom. */
  public record TraceTask(String name, Instant createdAt, Instant endedAt, String assigneeName)
      implements Serializable {

    public boolean open() {
      return endedAt == null;
    }
  }
}
