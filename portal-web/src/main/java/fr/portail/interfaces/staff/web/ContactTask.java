package fr.portail.interfaces.staff.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.Messages;
import fr.portail.interfaces.web.NotFound;
import fr.portail.workflow.InboxTask;
import fr.portail.workflow.TaskInbox;
import fr.portail.workflow.TaskNoLongerAvailableException;
import fr.portail.workflow.contact.ContactRequestProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/** The answer task of a "demande de contact": the request, and the answer the tenant will read. */
@Named
@ViewScoped
public class ContactTask implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TaskInbox inbox;
  @Inject private RequestService requests;

  private String taskId;
  private InboxTask task;
  private RequestView request;

  @NotBlank(message = "{task.answer.required}")
  @Size(max = 4000, message = "{task.answer.tooLong}")
  private String answer;

  public void load() {
    try {
      task = inbox.task(taskId);
      request = requests.requestForStaff(task.requestId());
    } catch (NotFoundException e) {
      NotFound.respond();
    }
  }

  public void claim() {
    try {
      inbox.claim(taskId);
      task = inbox.task(taskId);
    } catch (TaskNoLongerAvailableException e) {
      Messages.error(null, "task.noLongerAvailable");
    }
  }

  public String answer() {
    try {
      inbox.complete(taskId, Map.of(ContactRequestProcess.ANSWER, answer));
      Messages.infoAfterRedirect("task.answered", request.number());
      return "/gestion/corbeille.xhtml?faces-redirect=true";
    } catch (TaskNoLongerAvailableException | NotFoundException e) {
      Messages.error(null, "task.noLongerAvailable");
    } catch (InvalidInputException e) {
      Messages.error("answerForm:answer", e.messageKey());
    }
    return null;
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

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
