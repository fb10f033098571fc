package fr.portail.workflow.contact;

import fr.portail.application.RequestService;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;

/** When an officer claims the answer task, the tenant sees "prise en charge". */
@Named("contactRequestTakenInHand")
@ApplicationScoped
public class ContactRequestTakenInHand implements TaskListener {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  protected ContactRequestTakenInHand() {}

  public ContactRequestTakenInHand(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      requests.markInProgress((Long) task.getVariable(RequestVariables.REQUEST_ID));
    }
  }
}
