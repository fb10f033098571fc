package fr.portail.workflow.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.workflow.Actors;
import fr.portail.workflow.ProcessTestEngine;
import fr.portail.workflow.RecordingRequestProcessing;
import fr.portail.workflow.RequestTakenInHand;
import fr.portail.workflow.RequestVariables;
import java.time.Duration;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks every path of bankDetailsChange on an in-memory engine with the real BPMN file. */
class BankDetailsChangeProcessTest {

  private static final Long OFFICER = 7L;

  private final RecordingRequestProcessing requests = new RecordingRequestProcessing();
  private final RecordingBankDetailsProcessing bankDetails = new RecordingBankDetailsProcessing();
  private ProcessTestEngine engine;

  @BeforeEach
  void startEngine() {
    engine =
        ProcessTestEngine.start(
            Map.of(
                "requestTakenInHand", new RequestTakenInHand(requests),
                "approveBankDetailsChange", new ApproveBankDetailsChange(bankDetails),
                "rejectBankDetailsChange", new RejectBankDetailsChange(bankDetails)));
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void theOfficerOfTheAgencyHasFiveDaysToCheckTheNewRib() {
    ProcessInstance instance = start(42L, "VERSAILLES");

    Task task = engine.singleTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(BankDetailsChangeProcess.VERIFY_TASK);
    assertThat(task.getName()).isEqualTo("Vérifier le nouveau RIB");
    assertThat(task.getFormKey()).isEqualTo(BankDetailsChangeProcess.FORM);
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(ProcessTestEngine.START.plus(Duration.ofDays(5)));
    assertThat(candidates("CUSTOMER_OFFICER:VERSAILLES")).isEqualTo(1);
    assertThat(candidates("CUSTOMER_OFFICER:SAINT-CYR"))
        .as("an officer of another agency does not see the task")
        .isZero();
    assertThat(candidates("CARETAKER:VERSAILLES")).isZero();
    assertThat(
            engine.countInInbox(
                "select count(*) from inbox_task where task_key = ? and due_at is not null",
                BankDetailsChangeProcess.VERIFY_TASK))
        .as("the inbox shows the due date")
        .isEqualTo(1);

    engine.advance(Duration.ofDays(6));

    assertThat(engine.pendingTimers(instance)).as("no timer: only a due date").isEmpty();
    assertThat(engine.activeActivities(instance))
        .containsExactly(BankDetailsChangeProcess.VERIFY_TASK);
    assertThat(requests.calls).isEmpty();
    assertThat(bankDetails.calls).isEmpty();
  }

  @Test
  void anApprovalAmendsTheMandateAndEndsWithTheDateAnnounced() {
    ProcessInstance instance = start(42L, "VERSAILLES");
    Task task = engine.singleTask(instance);
    engine.engine().getTaskService().claim(task.getId(), String.valueOf(OFFICER));
    assertThat(requests.calls).containsExactly("inProgress:42:7");

    decide(task, Map.of(BankDetailsChangeProcess.DECISION, BankDetailsChangeProcess.APPROVE));

    assertThat(bankDetails.calls).containsExactly("approve:42:7");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.DECISION_GATEWAY)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.APPROVE_TASK)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.APPROVED_END)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.REJECT_TASK)).isFalse();
    assertThat(historicVariable(instance, BankDetailsChangeProcess.EFFECTIVE_FROM))
        .isEqualTo("2026-04-05");
    assertThat(requests.of("close"))
        .as("the approval closes the request itself, with the date")
        .isEmpty();
  }

  @Test
  void aRefusalWithItsReasonEndsWithTheMandateUnchanged() {
    ProcessInstance instance = start(43L, "VERSAILLES");
    Task task = engine.singleTask(instance);

    decide(
        task,
        Map.of(
            BankDetailsChangeProcess.DECISION,
            BankDetailsChangeProcess.REJECT,
            BankDetailsChangeProcess.REASON,
            "Le RIB joint est celui d'un autre compte."));

    assertThat(bankDetails.calls)
        .containsExactly("reject:43:Le RIB joint est celui d'un autre compte.:7");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.REJECT_TASK)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.REJECTED_END)).isTrue();
    assertThat(engine.passed(instance, BankDetailsChangeProcess.APPROVE_TASK)).isFalse();
    assertThat(historicVariable(instance, BankDetailsChangeProcess.EFFECTIVE_FROM)).isNull();
  }

  @Test
  void aRefusalWithoutReasonLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(44L, "VERSAILLES");
    Task task = engine.singleTask(instance);

    assertThatThrownBy(
            () ->
                decide(
                    task,
                    Map.of(
                        BankDetailsChangeProcess.DECISION,
                        BankDetailsChangeProcess.REJECT,
                        BankDetailsChangeProcess.REASON,
                        "  ")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(engine.ended(instance)).isFalse();
    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(engine.passed(instance, BankDetailsChangeProcess.REJECT_TASK))
        .as("the failed step rolled back with the completion")
        .isFalse();
    assertThat(bankDetails.calls).isEmpty();

    decide(
        engine.singleTask(instance),
        Map.of(
            BankDetailsChangeProcess.DECISION,
            BankDetailsChangeProcess.REJECT,
            BankDetailsChangeProcess.REASON,
            "Document illisible."));
    assertThat(bankDetails.calls).containsExactly("reject:44:Document illisible.:7");
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void aFailedApprovalLeavesTheTaskWhereItWasForAnotherDecision() {
    ProcessInstance instance = start(45L, "VERSAILLES");
    Task task = engine.singleTask(instance);
    bankDetails.refuseApproval = true;

    assertThatThrownBy(
            () ->
                decide(
                    task,
                    Map.of(BankDetailsChangeProcess.DECISION, BankDetailsChangeProcess.APPROVE)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(engine.activeActivities(instance))
        .containsExactly(BankDetailsChangeProcess.VERIFY_TASK);
    assertThat(historicVariable(instance, BankDetailsChangeProcess.EFFECTIVE_FROM)).isNull();
    assertThat(historicVariable(instance, BankDetailsChangeProcess.DECISION))
        .as("the decision's variables rolled back too")
        .isNull();
  }

  @Test
  void aDecisionThatIsNeitherLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(46L, "VERSAILLES");
    Task task = engine.singleTask(instance);

    assertThatThrownBy(() -> decide(task, Map.of(BankDetailsChangeProcess.DECISION, "MAYBE")))
        .isInstanceOf(FlowableException.class);

    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(bankDetails.calls).isEmpty();
  }

  /** What the inbox does: the officer's account acts while the task completes. */
  private void decide(Task task, Map<String, Object> variables) {
    Actors.as(OFFICER, () -> engine.complete(task, variables));
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    var variable =
        engine
            .engine()
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(name)
            .singleResult();
    return variable == null ? null : variable.getValue();
  }

  private long candidates(String group) {
    return engine.engine().getTaskService().createTaskQuery().taskCandidateGroup(group).count();
  }

  private ProcessInstance start(Long requestId, String agency) {
    return engine.start(
        BankDetailsChangeProcess.KEY,
        "1000" + requestId,
        Map.of(
            RequestVariables.REQUEST_ID,
            requestId,
            RequestVariables.REQUEST_NUMBER,
            "1000" + requestId,
            RequestVariables.AGENCY_CODE,
            agency,
            RequestVariables.CONTRACT_ID,
            1L));
  }
}
