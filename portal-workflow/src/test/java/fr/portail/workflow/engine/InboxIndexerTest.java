package fr.portail.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.workflow.ProcessTestEngine;
import fr.portail.workflow.RecordingRequestProcessing;
import fr.portail.workflow.RequestTakenInHand;
import fr.portail.workflow.RequestVariables;
import fr.portail.workflow.contact.CloseContactRequest;
import fr.portail.workflow.contact.ContactRequestProcess;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox's read model follows the engine's tasks: created, taken, changed, done, deleted. */
class InboxIndexerTest {

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
  void aNewTaskIsIndexedWithTheRequestAndItsCandidateGroup() {
    ProcessInstance instance = start("1000007");
    Task task = engine.singleTask(instance);

    assertThat(
            engine.countInInbox(
                "select count(*) from inbox_task where task_id = ? and request_id = 7 and"
                    + " request_number = '1000007' and agency_code = 'VERSAILLES' and"
                    + " residence_id = 3 and residence_name = 'Les Tilleuls' and tenant_name ="
                    + " 'DUPONT Martine' and process_key = 'contactRequest' and process_name ="
                    + " 'Demande de contact' and task_key = ? and form_key ="
                    + " '/gestion/taches/contact.xhtml' and assignee is null",
                task.getId(),
                ContactRequestProcess.ANSWER_TASK))
        .isEqualTo(1);
    assertThat(
            engine.countInInbox(
                "select count(*) from inbox_task_group where task_id = ? and group_id ="
                    + " 'CUSTOMER_OFFICER:VERSAILLES'",
                task.getId()))
        .isEqualTo(1);
  }

  @Test
  void claimingDueDateAndPriorityChangesReachTheRow() {
    Task task = engine.singleTask(start("1000008"));

    engine.engine().getTaskService().claim(task.getId(), "12");
    assertThat(row(task, "assignee = '12'")).isEqualTo(1);

    Task changed =
        engine.engine().getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    changed.setDueDate(Date.from(Instant.parse("2026-03-06T17:00:00Z")));
    changed.setPriority(80);
    engine.engine().getTaskService().saveTask(changed);
    assertThat(row(task, "priority = 80 and due_at is not null")).isEqualTo(1);

    engine.engine().getTaskService().unclaim(task.getId());
    assertThat(row(task, "assignee is null")).isEqualTo(1);
  }

  @Test
  void aDoneTaskOrADeletedProcessLeavesTheInbox() {
    ProcessInstance answered = start("1000009");
    Task done = engine.singleTask(answered);
    engine.complete(done, Map.of(ContactRequestProcess.ANSWER, "Réponse"));

    ProcessInstance deleted = start("1000010");
    Task dropped = engine.singleTask(deleted);
    engine.engine().getRuntimeService().deleteProcessInstance(deleted.getId(), "test");

    assertThat(row(done, "1 = 1")).isZero();
    assertThat(row(dropped, "1 = 1")).isZero();
    assertThat(engine.countInInbox("select count(*) from inbox_task_group")).isZero();
  }

  @Test
  void aCandidateGroupAddedLaterIsIndexedAndRemovedWithIt() {
    Task task = engine.singleTask(start("1000011"));

    engine.engine().getTaskService().addCandidateGroup(task.getId(), "CUSTOMER_OFFICER:SAINT-CYR");
    assertThat(groups(task)).isEqualTo(2);

    engine
        .engine()
        .getTaskService()
        .deleteCandidateGroup(task.getId(), "CUSTOMER_OFFICER:SAINT-CYR");
    assertThat(groups(task)).isEqualTo(1);
  }

  private long row(Task task, String condition) {
    return engine.countInInbox(
        "select count(*) from inbox_task where task_id = ? and " + condition, task.getId());
  }

  private long groups(Task task) {
    return engine.countInInbox(
        "select count(*) from inbox_task_group where task_id = ?", task.getId());
  }

  private ProcessInstance start(String number) {
    return engine.start(
        ContactRequestProcess.KEY,
        number,
        Map.of(
            RequestVariables.REQUEST_ID,
            Long.valueOf(number.substring(number.length() - 2)),
            RequestVariables.REQUEST_NUMBER,
            number,
            RequestVariables.AGENCY_CODE,
            "VERSAILLES",
            RequestVariables.CONTRACT_ID,
            1L,
            RequestVariables.RESIDENCE_ID,
            3L,
            RequestVariables.RESIDENCE_NAME,
            "Les Tilleuls",
            RequestVariables.TENANT_NAME,
            "DUPONT Martine"));
  }
}
