package fr.portail.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.domain.model.request.TenantResponded;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.workflow.insurance.InsuranceRenewalProcess;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay finds the process of a request by its number and delivers the tenant's signal where the
 * process waits for it, even in a subprocess; an awaited signal nothing waits for is refused.
 */
class TenantSignalRelayTest {

  private ProcessTestEngine engine;
  private TenantSignalRelay relay;

  @BeforeEach
  void startEngine() {
    Map<Object, Object> beans = new HashMap<>();
    beans.put(
        "planInsuranceDeadlines",
        (org.flowable.engine.delegate.JavaDelegate)
            e -> {
              e.setVariable(InsuranceRenewalProcess.REMINDER_CYCLE, "R/P15D");
              e.setVariable(
                  InsuranceRenewalProcess.FORMAL_NOTICE_DUE,
                  new java.util.Date(
                      ProcessTestEngine.START.plusSeconds(40L * 24 * 3600).toEpochMilli()));
              e.setVariable(InsuranceRenewalProcess.FORMAL_NOTICE_SERVED, false);
            });
    beans.put("requestAttestation", (org.flowable.engine.delegate.JavaDelegate) e -> {});
    engine = ProcessTestEngine.start(beans);
    relay = new TenantSignalRelay(engine.engine().getRuntimeService());
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void theAttestationReachesTheProcessWaitingForItInASubprocess() {
    ProcessInstance instance = waitingForAttestation("1000077");

    relay.onResponded(
        new TenantResponded(77L, "1000077", TenantSignal.ATTESTATION_SENT, true, Map.of()));

    assertThat(engine.singleTask(instance).getTaskDefinitionKey())
        .isEqualTo(InsuranceRenewalProcess.CHECK_TASK);
  }

  @Test
  void anAwaitedSignalNothingWaitsForIsRefused() {
    ProcessInstance instance = waitingForAttestation("1000078");
    relay.onResponded(
        new TenantResponded(78L, "1000078", TenantSignal.ATTESTATION_SENT, true, Map.of()));

    assertThatThrownBy(
            () ->
                relay.onResponded(
                    new TenantResponded(
                        78L, "1000078", TenantSignal.ATTESTATION_SENT, true, Map.of())))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("request.notWaiting");
    assertThat(engine.tasks(instance)).hasSize(1);
  }

  @Test
  void aSignalOfAnotherRequestDoesNotMoveThisOne() {
    ProcessInstance instance = waitingForAttestation("1000079");

    relay.onResponded(
        new TenantResponded(80L, "1000080", TenantSignal.ATTESTATION_SENT, false, Map.of()));

    assertThat(engine.tasks(instance)).isEmpty();
    assertThat(engine.activeActivities(instance)).contains(InsuranceRenewalProcess.AWAIT_EVENT);
  }

  private ProcessInstance waitingForAttestation(String number) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RequestVariables.REQUEST_ID, Long.valueOf(number.substring(5)));
    vars.put(RequestVariables.REQUEST_NUMBER, number);
    vars.put(RequestVariables.AGENCY_CODE, "VERSAILLES");
    vars.put(InsuranceRenewalProcess.ATTESTATION_ATTACHED, false);
    ProcessInstance instance = engine.start(InsuranceRenewalProcess.KEY, number, vars);
    assertThat(engine.activeActivities(instance)).contains(InsuranceRenewalProcess.AWAIT_EVENT);
    return instance;
  }
}
