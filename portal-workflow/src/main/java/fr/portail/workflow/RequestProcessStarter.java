package fr.portail.workflow;

import fr.portail.domain.model.request.RequestSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.flowable.engine.RuntimeService;

/**
 * Starts the process of each submitted request. The observer is synchronous, so the start joins the
 * submitting transaction: both are stored, or neither.
 */
@ApplicationScoped
public class RequestProcessStarter {

  @Inject private RuntimeService runtime;

  void onSubmitted(@Observes RequestSubmitted submitted) {
    runtime
        .createProcessInstanceBuilder()
        .processDefinitionKey(submitted.type().processKey())
        .businessKey(submitted.requestNumber())
        .name("Demande n° " + submitted.requestNumber())
        .variables(
            Map.of(
                RequestVariables.REQUEST_ID, submitted.requestId(),
                RequestVariables.REQUEST_NUMBER, submitted.requestNumber(),
                RequestVariables.AGENCY_CODE, submitted.agencyCode(),
                RequestVariables.CONTRACT_ID, submitted.contractId()))
        .start();
  }
}
