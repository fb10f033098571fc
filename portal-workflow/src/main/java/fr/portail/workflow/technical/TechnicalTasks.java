package fr.portail.workflow.technical;

import fr.portail.application.FileUpload;
import fr.portail.application.NotFoundException;
import fr.portail.application.TechnicalRequestService;
import fr.portail.domain.model.account.Role;
import fr.portail.workflow.InboxTask;
import fr.portail.workflow.TaskInbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The contractor's report of an intervention with its photos, in one transaction: the photos are
 * stored on the request, then the task is completed; if the completion is refused (a colleague was
 * quicker, a field is missing), the photos are not kept either.
 */
@Stateless
@RolesAllowed({Role.CONTRACTOR_NAME, Role.TECHNICAL_MANAGER_NAME})
public class TechnicalTasks {

  @Inject private TaskInbox inbox;
  @Inject private TechnicalRequestService technical;

  public void reportIntervention(
      String taskId, Map<String, Object> variables, List<FileUpload> photos) {
    InboxTask task = inbox.task(taskId);
    if (!TechnicalRequestProcess.PERFORM_TASK.equals(task.taskKey())) {
      throw new NotFoundException("tâche " + taskId);
    }
    if (TechnicalRequestProcess.DONE.equals(variables.get(TechnicalRequestProcess.OUTCOME))) {
      technical.attachInterventionPhotos(task.requestId(), photos);
    }
    inbox.complete(taskId, variables);
  }
}
