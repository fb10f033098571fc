package fr.portail.workflow.contact;

import fr.portail.application.RequestProcessing;
import fr.portail.domain.model.request.Resolution;
import fr.portail.workflow.Actors;
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

  @Inject private RequestProcessing requests;

  protected CloseContactRequest() {}

  public CloseContactRequest(RequestProcessing requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.close(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        Resolution.ANSWERED,
        (String) execution.getVariable(ContactRequestProcess.ANSWER),
        Actors.current());
  }
}
