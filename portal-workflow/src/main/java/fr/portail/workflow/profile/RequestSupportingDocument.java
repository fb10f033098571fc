package fr.portail.workflow.profile;

import fr.portail.application.InvalidInputException;
import fr.portail.application.RequestProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The officer asks for a supporting document: the request now waits for the tenant, who reads what
 * is asked (and gets an e-mail); the reminder and expiry delays are set unless given already.
 */
@Named("requestSupportingDocument")
@ApplicationScoped
public class RequestSupportingDocument implements JavaDelegate {

  @Inject private RequestProcessing requests;

  protected RequestSupportingDocument() {}

  public RequestSupportingDocument(RequestProcessing requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String asked = (String) execution.getVariable(ProfileChangeProcess.DOCUMENT_ASKED);
    if (asked == null || asked.isBlank()) {
      throw new InvalidInputException(
          ProfileChangeProcess.DOCUMENT_ASKED, "task.profile.documentAsked.required");
    }
    requests.awaitTenant(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        "step.documentRequested",
        asked.strip(),
        Actors.current());
    if (!execution.hasVariable(ProfileChangeProcess.REMINDER_AFTER)) {
      execution.setVariable(
          ProfileChangeProcess.REMINDER_AFTER, ProfileChangeProcess.DEFAULT_REMINDER_AFTER);
    }
    if (!execution.hasVariable(ProfileChangeProcess.EXPIRES_AFTER)) {
      execution.setVariable(
          ProfileChangeProcess.EXPIRES_AFTER, ProfileChangeProcess.DEFAULT_EXPIRES_AFTER);
    }
  }
}
