package fr.portail.workflow;

import fr.portail.application.RequestProcessing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;

/**
 * Assignment listener of the staff's user tasks: the first time a member of staff takes a request
 * in hand, the tenant sees "prise en charge" (and is told by e-mail).
 */
@Named("requestTakenInHand")
@ApplicationScoped
public class RequestTakenInHand implements TaskListener {

  private static final long serialVersionUID = 1L;

  @Inject private RequestProcessing requests;

  protected RequestTakenInHand() {}

  public RequestTakenInHand(RequestProcessing requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      requests.takenInHand(
          (Long) task.getVariable(RequestVariables.REQUEST_ID),
          Actors.accountId(task.getAssignee()));
    }
  }
}
