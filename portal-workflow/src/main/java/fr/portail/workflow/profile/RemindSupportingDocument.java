package fr.portail.workflow.profile;

import fr.portail.application.RequestProcessing;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The document is still awaited: the tenant reads a reminder of what is asked, by e-mail too. */
@Named("remindSupportingDocument")
@ApplicationScoped
public class RemindSupportingDocument implements JavaDelegate {

  @Inject private RequestProcessing requests;

  protected RemindSupportingDocument() {}

  public RemindSupportingDocument(RequestProcessing requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.record(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        "step.reminderSent",
        (String) execution.getVariable(ProfileChangeProcess.DOCUMENT_ASKED),
        null,
        true);
  }
}
