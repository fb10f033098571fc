package fr.portail.workflow;

import fr.portail.application.InvalidInputException;
import fr.portail.domain.model.request.TenantResponded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;

/**
 * Delivers what a tenant did on a running request (a document sent, a complement) to the request's
 * process, as the BPMN message of the same name, in the tenant's transaction.
 */
@ApplicationScoped
public class TenantSignalRelay {

  @Inject private RuntimeService runtime;

  protected TenantSignalRelay() {}

  public TenantSignalRelay(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void onResponded(@Observes TenantResponded responded) {
    String message = responded.signal().name();
    Execution waiting =
        runtime
            .createExecutionQuery()
            // The waiting execution is usually a child of the instance (a catch event after a
            // gateway, a boundary event, an event subprocess): match the instance's key.
            .processInstanceBusinessKey(responded.requestNumber(), true)
            .messageEventSubscriptionName(message)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    if (waiting == null) {
      if (responded.awaited()) {
        // Decided or expired meanwhile: the tenant is told, and his change is not kept.
        throw new InvalidInputException(null, "request.notWaiting");
      }
      return;
    }
    runtime.messageEventReceived(message, waiting.getId(), responded.facts());
  }
}
