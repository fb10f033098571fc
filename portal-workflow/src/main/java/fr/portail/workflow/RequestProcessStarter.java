package fr.portail.workflow;

import fr.portail.domain.model.request.RequestSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
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
        .variables(variables(submitted))
        .start();
  }

  /** The variables a request's process starts with: who, where, and the request's own facts. */
  public static Map<String, Object> variables(RequestSubmitted submitted) {
    Map<String, Object> variables = new HashMap<>(submitted.facts());
    variables.put(RequestVariables.REQUEST_ID, submitted.requestId());
    variables.put(RequestVariables.REQUEST_NUMBER, submitted.requestNumber());
    variables.put(RequestVariables.AGENCY_CODE, submitted.agencyCode());
    variables.put(RequestVariables.CONTRACT_ID, submitted.contractId());
    variables.put(RequestVariables.RESIDENCE_ID, submitted.residenceId());
    variables.put(RequestVariables.RESIDENCE_NAME, submitted.residenceName());
    variables.put(RequestVariables.TENANT_NAME, submitted.tenantName());
    return variables;
  }
}
