package fr.portail.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.application.TechnicalSettings;
import fr.portail.domain.model.request.TenantResponded;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.domain.model.technical.ResponseDeadlines;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.workflow.technical.AskIntervention;
import fr.portail.workflow.technical.CloseConfirmedRepair;
import fr.portail.workflow.technical.ForwardComplement;
import fr.portail.workflow.technical.PlaceInterventionOrder;
import fr.portail.workflow.technical.RecordAppointment;
import fr.portail.workflow.technical.RecordInterventionDone;
import fr.portail.workflow.technical.RecordingTechnicalProcessing;
import fr.portail.workflow.technical.TechnicalDeadline;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay delivers the tenant's signals by the request's number to where its process waits, which
 * is a child execution of the instance (an event subprocess, a catch event after a gateway): a
 * complement at any time, an awaited confirmation only when it is awaited.
 */
class TenantSignalRelayTest {

  private static final String NUMBER = "5000077";

  private final RecordingTechnicalProcessing technical = new RecordingTechnicalProcessing();
  private ProcessTestEngine engine;
  private TenantSignalRelay relay;

  @BeforeEach
  void startEngine() {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("requestTakenInHand", new RequestTakenInHand(new RecordingRequestProcessing()));
    beans.put("technicalDeadline", new TechnicalDeadline(ResponseDeadlines.defaults()));
    beans.put("technicalAskIntervention", new AskIntervention(technical));
    beans.put("technicalPlaceOrder", new PlaceInterventionOrder(technical));
    beans.put("technicalAppointment", new RecordAppointment(technical));
    beans.put("technicalDone", new RecordInterventionDone(technical));
    beans.put("technicalCloseConfirmed", new CloseConfirmedRepair(technical));
    beans.put("technicalComplement", new ForwardComplement(technical));
    engine = ProcessTestEngine.start(beans);
    relay = new TenantSignalRelay(engine.engine().getRuntimeService());
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void aComplementReachesTheEventSubprocessAndAConfirmationOnlyWhenAwaited() {
    ProcessInstance instance = start();

    relay.onResponded(
        signal(
            TenantSignal.COMPLEMENT_ADDED,
            false,
            Map.of(
                TechnicalRequestProcess.COMPLEMENT_ID, 8L,
                TechnicalRequestProcess.COMPLEMENT_AUTHOR, 99L)));
    assertThat(technical.of("complement")).containsExactly("complement:77:8:[]");

    assertThatThrownBy(
            () -> relay.onResponded(signal(TenantSignal.REPAIR_CONFIRMED, true, Map.of())))
        .as("the repair is not reported done yet")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("request.notWaiting"));

    complete(
        instance,
        TechnicalRequestProcess.TRIAGE_TASK,
        vars(
            TechnicalRequestProcess.DECISION, "INTERVENTION",
            TechnicalRequestProcess.DIAGNOSIS, "Fuite"));
    complete(
        instance,
        TechnicalRequestProcess.ORDER_TASK,
        vars(TechnicalRequestProcess.CONTRACTOR_ID, 3L));
    complete(
        instance,
        TechnicalRequestProcess.ACCEPT_TASK,
        vars(
            TechnicalRequestProcess.CONTRACTOR_ANSWER,
            TechnicalRequestProcess.ACCEPTED,
            TechnicalRequestProcess.APPOINTMENT,
            "2026-03-10T09:30"));
    complete(
        instance,
        TechnicalRequestProcess.PERFORM_TASK,
        vars(
            TechnicalRequestProcess.OUTCOME,
            TechnicalRequestProcess.DONE,
            TechnicalRequestProcess.REPORT,
            "Joint changé",
            TechnicalRequestProcess.MINUTES,
            30));

    relay.onResponded(signal(TenantSignal.REPAIR_CONFIRMED, true, Map.of()));

    assertThat(technical.of("confirmed")).containsExactly("confirmed:77");
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void aComplementToAnEndedProcessIsNotAnErrorAnAwaitedAnswerIs() {
    relay.onResponded(signal(TenantSignal.COMPLEMENT_ADDED, false, Map.of()));
    assertThatThrownBy(
            () -> relay.onResponded(signal(TenantSignal.REPAIR_NOT_FIXED, true, Map.of())))
        .isInstanceOf(InvalidInputException.class);
    assertThat(technical.calls).isEmpty();
  }

  private ProcessInstance start() {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RequestVariables.REQUEST_ID, 77L);
    vars.put(RequestVariables.REQUEST_NUMBER, NUMBER);
    vars.put(RequestVariables.AGENCY_CODE, "VERSAILLES");
    vars.put(TechnicalRequestProcess.URGENCY, Urgency.NORMAL.name());
    vars.put(TechnicalRequestProcess.CARETAKER_GROUP, "CARETAKER:R7");
    vars.put(
        TechnicalRequestProcess.TRIAGE_DUE,
        ResponseDeadlines.defaults().dueDate(Urgency.NORMAL, ProcessTestEngine.START).toString());
    vars.put(
        TechnicalRequestProcess.CONFIRMATION_WAIT, TechnicalSettings.DEFAULT_CONFIRMATION_WAIT);
    return engine.start(TechnicalRequestProcess.KEY, NUMBER, vars);
  }

  private static TenantResponded signal(
      TenantSignal signal, boolean awaited, Map<String, Object> facts) {
    return new TenantResponded(77L, NUMBER, signal, awaited, facts);
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      vars.put((String) pairs[i], pairs[i + 1]);
    }
    return vars;
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> vars) {
    Task task =
        engine.tasks(instance).stream()
            .filter(t -> t.getTaskDefinitionKey().equals(taskKey))
            .findFirst()
            .orElseThrow();
    engine.complete(task, vars);
  }
}
