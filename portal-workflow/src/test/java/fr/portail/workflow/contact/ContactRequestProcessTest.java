package fr.portail.workflow.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.workflow.ProcessTestEngine;
import fr.portail.workflow.RecordingRequestProcessing;
import fr.portail.workflow.RequestTakenInHand;
import fr.portail.workflow.RequestVariables;
import java.util.Map;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks every path of contactRequest on an in-memory engine with the real BPMN file. */
class ContactRequestProcessTest {

  private final RecordingRequestProcessing requests = new RecordingRequestProcessing();
  private ProcessTestEngine engine;

  @BeforeEach
  void startEngine() {
    engine =
        ProcessTestEngine.start(
            Map.of(
                "requestTakenInHand", new RequestTakenInHand(requests),
                "closeContactRequest", new CloseContactRequest(requests)));
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void officerOfTheAgencyClaimsAnswersAndTheRequestCloses() {
    ProcessInstance instance = start(42L, "VERSAILLES");

    Task task = engine.singleTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ContactRequestProcess.ANSWER_TASK);
    assertThat(task.getFormKey()).isEqualTo("/gestion/taches/contact.xhtml");
    assertThat(candidates("CUSTOMER_OFFICER:VERSAILLES")).isEqualTo(1);
    assertThat(candidates("CUSTOMER_OFFICER:SAINT-CYR"))
        .as("an officer of another agency does not see the task")
        .isZero();

    engine.engine().getTaskService().claim(task.getId(), "7");
    assertThat(requests.calls).containsExactly("inProgress:42:7");

    engine.complete(task, Map.of(ContactRequestProcess.ANSWER, "Nous vous rappelons demain."));

    assertThat(requests.calls)
        .containsExactly("inProgress:42:7", "close:42:ANSWERED:Nous vous rappelons demain.");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, ContactRequestProcess.END)).isTrue();
  }

  @Test
  void unclaimingDoesNotMarkTheRequestAgain() {
    ProcessInstance instance = start(5L, "VERSAILLES");
    Task task = engine.singleTask(instance);
    engine.engine().getTaskService().claim(task.getId(), "7");
    engine.engine().getTaskService().unclaim(task.getId());

    assertThat(requests.calls).containsExactly("inProgress:5:7");
    assertThat(engine.ended(instance)).isFalse();
  }

  @Test
  void aRefusedAnswerLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(9L, "VERSAILLES");
    Task task = engine.singleTask(instance);

    assertThatThrownBy(() -> engine.complete(task, Map.of(ContactRequestProcess.ANSWER, "")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(engine.ended(instance)).isFalse();
    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(requests.of("close")).isEmpty();
  }

  private long candidates(String group) {
    return engine.engine().getTaskService().createTaskQuery().taskCandidateGroup(group).count();
  }

  private ProcessInstance start(Long requestId, String agency) {
    return engine.start(
        ContactRequestProcess.KEY,
        "1000001",
        Map.of(
            RequestVariables.REQUEST_ID,
            requestId,
            RequestVariables.REQUEST_NUMBER,
            "1000001",
            RequestVariables.AGENCY_CODE,
            agency,
            RequestVariables.CONTRACT_ID,
            1L));
  }
}
