package fr.portail.interfaces.staff.web;

import fr.portail.application.AccessDeniedException;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.application.StaffDirectory.StaffMember;
import fr.portail.interfaces.web.Forbidden;
import fr.portail.interfaces.web.Messages;
import fr.portail.interfaces.web.NotFound;
import fr.portail.workflow.InboxTask;
import fr.portail.workflow.TaskComment;
import fr.portail.workflow.TaskInbox;
import fr.portail.workflow.TaskNoLongerAvailableException;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What every task form has: the task and its request loaded from the view parameter, who holds it
 * and the actions on it (take, give back, hand to a colleague, note), and the completion of the
 * decision with a clear message when a colleague was quicker. The forms of each process extend it
 * and fill their decision.
 */
public abstract class StaffTaskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  protected static final String INBOX = "/gestion/corbeille.xhtml?faces-redirect=true";

  @Inject protected TaskInbox inbox;
  @Inject protected RequestService requests;

  private String taskId;
  private InboxTask task;
  private RequestView request;
  private List<TaskComment> comments = List.of();
  private List<StaffMember> colleagues = List.of();
  private Long colleagueId;
  private String comment;

  /**
   * Loads the task, its request and notes; 404 for a task the caller may not see, 403 for a request
   * outside a caretaker's or contractor's scope.
   */
  public void load() {
    try {
      task = inbox.task(taskId);
      request = requests.requestForStaff(task.requestId());
      comments = inbox.comments(taskId);
      colleagues = mayDecide() ? inbox.colleaguesFor(taskId) : List.of();
      loaded();
    } catch (NotFoundException e) {
      NotFound.respond();
    } catch (AccessDeniedException e) {
      request = null;
      Forbidden.respond();
    }
  }

  /** What a process's form loads besides (its proposal, its documents…). */
  protected void loaded() {}

  public void claim() {
    try {
      inbox.claim(taskId);
    } catch (TaskNoLongerAvailableException e) {
      Messages.error(null, "task.noLongerAvailable");
    }
    reload();
  }

  public String unclaim() {
    try {
      inbox.unclaim(taskId);
      Messages.infoAfterRedirect("inbox.unclaimed", request.number());
      return INBOX;
    } catch (TaskNoLongerAvailableException e) {
      Messages.error(null, "task.noLongerAvailable");
      return null;
    }
  }

  public String delegate() {
    try {
      inbox.delegate(taskId, colleagueId);
      Messages.infoAfterRedirect("inbox.delegated", request.number());
      return INBOX;
    } catch (TaskNoLongerAvailableException e) {
      Messages.error(null, "task.noLongerAvailable");
    } catch (InvalidInputException e) {
      Messages.error("delegateForm:colleague", e.messageKey());
    }
    return null;
  }

  public void addComment() {
    try {
      inbox.comment(taskId, comment);
      comment = null;
      Messages.info("task.commented");
      comments = inbox.comments(taskId);
    } catch (InvalidInputException e) {
      Messages.error("commentForm:comment", e.messageKey());
    } catch (NotFoundException e) {
      Messages.error(null, "task.noLongerAvailable");
    }
  }

  /**
   * Completes the task with the decision's variables and goes back to the inbox with the message;
   * stays on the form with the reason when refused.
   *
   * @param form the id of the decision's form, to put a refused field's message next to it
   */
  protected String complete(Map<String, Object> variables, String form, String doneKey) {
    return complete(() -> inbox.complete(taskId, variables), form, doneKey);
  }

  /**
   * Completes the task by the given action (e.g. a use case that stores files, then completes it in
   * the same transaction), with the same messages as {@link #complete(Map, String, String)}.
   */
  protected String complete(Runnable completion, String form, String doneKey) {
    try {
      completion.run();
      Messages.infoAfterRedirect(doneKey, request.number());
      return INBOX;
    } catch (TaskNoLongerAvailableException | NotFoundException e) {
      Messages.error(null, "task.noLongerAvailable");
    } catch (InvalidInputException e) {
      Messages.error(e.field() == null ? null : form + ":" + fieldFor(e.field()), e.messageKey());
    }
    return null;
  }

  /** The id, in the decision's form, of the field a use case's refusal names. */
  protected String fieldFor(String serviceField) {
    return serviceField;
  }

  private void reload() {
    try {
      task = inbox.task(taskId);
      colleagues = mayDecide() ? inbox.colleaguesFor(taskId) : List.of();
    } catch (NotFoundException e) {
      task = null;
    }
  }

  /** Whether the caller may decide: nobody holds the task, or he does. */
  public boolean mayDecide() {
    return task != null && (!task.claimed() || task.assignedToMe());
  }

  public boolean isMayDecide() {
    return mayDecide();
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public InboxTask getTask() {
    return task;
  }

  public RequestView getRequest() {
    return request;
  }

  public List<TaskComment> getComments() {
    return comments;
  }

  public List<StaffMember> getColleagues() {
    return colleagues;
  }

  public Long getColleagueId() {
    return colleagueId;
  }

  public void setColleagueId(Long colleagueId) {
    this.colleagueId = colleagueId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
