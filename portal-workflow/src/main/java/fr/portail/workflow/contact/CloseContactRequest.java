package fr.portail.workflow.contact;

import fr.portail.application.RequestService;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Closes the request with the officer's answer, in the transaction that completes the task. */
@Named("closeContactRequest")
@ApplicationScoped
public class CloseContactRequest implements JavaDelegate {

  @Inject private RequestService requests;

  protected CloseContactRequest() {}

  public CloseContactRequest(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.close(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        (String) execution.getVariable(ContactRequestProcess.ANSWER));
  }
}
