package fr.portail.workflow;

import jakarta.ejb.ApplicationException;

/**
 * The task was completed, or claimed, by someone else in the meantime (double click, two officers
 * at once): the caller's action is not applied and he is told so.
 */
@ApplicationException(rollback = true)
public class TaskNoLongerAvailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaskNoLongerAvailableException(String taskId) {
    super("tâche " + taskId + " plus disponible");
  }
}
