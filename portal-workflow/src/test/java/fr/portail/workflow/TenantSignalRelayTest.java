package fr.portail.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.domain.model.request.TenantResponded;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.workflow.profile.ProfileChangeProcess;
import java.util.Map;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay finds the request's process by its number and delivers the tenant's signal where the
 * process waits for it (an event inside a sub-process, several executions below the instance).
 */
class TenantSignalRelayTest {

  private final RecordingRequestProcessing requests = new RecordingRequestProcessing();
  private ProcessTestEngine engine;
  private TenantSignalRelay relay;

  @BeforeEach
  void startEngine() {
    JavaDelegate nothing = execution -> {};
    engine =
        ProcessTestEngine.start(
            Map.of(
                "requestTakenInHand", new RequestTakenInHand(requests),
                "requestSupportingDocument",
                    new fr.portail.workflow.profile.RequestSupportingDocument(requests),
                "applyProfileChange", nothing,
                "rejectProfileChange", nothing,
                "remindSupportingDocument", nothing,
                "expireProfileChange", nothing));
    relay = new TenantSignalRelay(engine.engine().getRuntimeService());
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void anAwaitedDocumentReachesTheEventTheProcessWaitsIn() {
    ProcessInstance instance = waitingForDocument("1000077");

    relay.onResponded(
        new TenantResponded(
            1L, "1000077", TenantSignal.DOCUMENT_SENT, true, Map.of("documentId", 9L)));

    assertThat(engine.singleTask(instance).getTaskDefinitionKey())
        .isEqualTo(ProfileChangeProcess.REVIEW_TASK);
    assertThat(engine.engine().getRuntimeService().getVariable(instance.getId(), "documentId"))
        .isEqualTo(9L);
  }

  @Test
  void anAwaitedAnswerNothingWaitsForIsRefusedAndAnUnawaitedOneIgnored() {
    ProcessInstance instance =
        engine.start(
            ProfileChangeProcess.KEY,
            "1000078",
            Map.of(RequestVariables.REQUEST_ID, 1L, RequestVariables.AGENCY_CODE, "VERSAILLES"));

    assertThatThrownBy(
            () ->
                relay.onResponded(
                    new TenantResponded(1L, "1000078", TenantSignal.DOCUMENT_SENT, true, Map.of())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("request.notWaiting");
    relay.onResponded(
        new TenantResponded(1L, "1000078", TenantSignal.COMPLEMENT_ADDED, false, Map.of()));

    assertThat(engine.singleTask(instance).getTaskDefinitionKey())
        .isEqualTo(ProfileChangeProcess.REVIEW_TASK);
  }

  private ProcessInstance waitingForDocument(String number) {
    ProcessInstance instance =
        engine.start(
            ProfileChangeProcess.KEY,
            number,
            Map.of(RequestVariables.REQUEST_ID, 1L, RequestVariables.AGENCY_CODE, "VERSAILLES"));
    engine.complete(
        engine.singleTask(instance),
        Map.of(
            ProfileChangeProcess.DECISION,
            ProfileChangeProcess.Decision.ASK_DOCUMENT.name(),
            ProfileChangeProcess.DOCUMENT_ASKED,
            "Un justificatif"));
    assertThat(engine.activeActivities(instance))
        .contains(ProfileChangeProcess.DOCUMENT_SENT_EVENT);
    return instance;
  }
}
