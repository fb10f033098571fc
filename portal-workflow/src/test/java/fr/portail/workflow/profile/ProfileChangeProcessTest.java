package fr.portail.workflow.profile;

import static fr.portail.workflow.profile.ProfileChangeProcess.AWAIT_DOCUMENT;
import static fr.portail.workflow.profile.ProfileChangeProcess.DECISION;
import static fr.portail.workflow.profile.ProfileChangeProcess.DOCUMENT_ASKED;
import static fr.portail.workflow.profile.ProfileChangeProcess.DOCUMENT_SENT_EVENT;
import static fr.portail.workflow.profile.ProfileChangeProcess.EXPIRY_TIMER;
import static fr.portail.workflow.profile.ProfileChangeProcess.REASON;
import static fr.portail.workflow.profile.ProfileChangeProcess.REMINDER_TIMER;
import static fr.portail.workflow.profile.ProfileChangeProcess.REVIEW_TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.workflow.Actors;
import fr.portail.workflow.ProcessTestEngine;
import fr.portail.workflow.RecordingRequestProcessing;
import fr.portail.workflow.RequestTakenInHand;
import fr.portail.workflow.RequestVariables;
import fr.portail.workflow.profile.ProfileChangeProcess.Decision;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every path of profileChange on an in-memory engine with the real BPMN file: approval,
 * refusal, a document asked then sent (then approved), the reminder, the expiry, the delays given
 * as variables, and refusals that leave the instance where it was.
 */
class ProfileChangeProcessTest {

  private static final long REQUEST = 42L;
  private static final String OFFICER = "7";
  private static final String ASKED = "L'acte de naissance de Léa";

  private final RecordingRequestProcessing requests = new RecordingRequestProcessing();
  private final RecordingProfileChangeProcessing proposals = new RecordingProfileChangeProcessing();
  private ProcessTestEngine engine;

  @BeforeEach
  void startEngine() {
    engine =
        ProcessTestEngine.start(
            Map.of(
                "requestTakenInHand", new RequestTakenInHand(requests),
                "applyProfileChange", new ApplyProfileChange(proposals),
                "rejectProfileChange", new RejectProfileChange(proposals),
                "requestSupportingDocument", new RequestSupportingDocument(requests),
                "remindSupportingDocument", new RemindSupportingDocument(requests),
                "expireProfileChange", new ExpireProfileChange(proposals)));
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void theOfficerOfTheAgencyApprovesAndTheChangeIsAppliedAsTheTaskCompletes() {
    ProcessInstance instance = start(Map.of());

    Task task = engine.singleTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(REVIEW_TASK);
    assertThat(task.getName()).isEqualTo("Vérifier la mise à jour du dossier");
    assertThat(task.getFormKey()).isEqualTo(ProfileChangeProcess.FORM);
    assertThat(candidates("CUSTOMER_OFFICER:VERSAILLES")).isEqualTo(1);
    assertThat(candidates("CUSTOMER_OFFICER:SAINT-CYR")).isZero();
    assertThat(engine.countInInbox("select count(*) from inbox_task where request_id = ?", REQUEST))
        .isEqualTo(1);

    engine.engine().getTaskService().claim(task.getId(), OFFICER);
    // The inbox completes a task with the officer as the engine's authenticated user.
    Actors.as(Long.valueOf(OFFICER), () -> decide(task, Decision.APPROVE, Map.of()));

    assertThat(requests.calls).containsExactly("inProgress:42:7");
    assertThat(proposals.calls).containsExactly("approve:42:7");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.APPLY_TASK)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.APPLIED_END)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.REJECT_TASK)).isFalse();
    assertThat(engine.countInInbox("select count(*) from inbox_task where request_id = ?", REQUEST))
        .isZero();
  }

  @Test
  void theOfficerRejectsWithTheReasonTheTenantReads() {
    ProcessInstance instance = start(Map.of());

    decide(
        engine.singleTask(instance),
        Decision.REJECT,
        Map.of(REASON, "Le numéro CAF ne correspond pas à votre attestation."));

    assertThat(proposals.calls)
        .containsExactly("reject:42:Le numéro CAF ne correspond pas à votre attestation.:null");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.REJECTED_END)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.APPLY_TASK)).isFalse();
  }

  @Test
  void aRefusalWithoutReasonLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(Map.of());
    Task task = engine.singleTask(instance);

    assertThatThrownBy(() -> decide(task, Decision.REJECT, Map.of(REASON, " ")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(engine.ended(instance)).isFalse();
    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(proposals.calls).isEmpty();
  }

  @Test
  void aFailingApprovalRollsBackAndLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(Map.of());
    Task task = engine.singleTask(instance);
    proposals.refuseApprove = true;

    assertThatThrownBy(() -> decide(task, Decision.APPROVE, Map.of()))
        .isInstanceOf(InvalidInputException.class);

    assertThat(engine.ended(instance)).isFalse();
    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(engine.passed(instance, ProfileChangeProcess.APPLIED_END)).isFalse();
    assertThat(engine.engine().getRuntimeService().getVariable(instance.getId(), DECISION))
        .as("the refused decision's variables are not kept")
        .isNull();

    proposals.refuseApprove = false;
    decide(engine.singleTask(instance), Decision.APPROVE, Map.of());
    assertThat(proposals.calls).containsExactly("approve:42:null");
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void anUnknownDecisionIsRefusedAndTheTaskStays() {
    ProcessInstance instance = start(Map.of());
    Task task = engine.singleTask(instance);

    assertThatThrownBy(() -> engine.complete(task, Map.of(DECISION, "MAYBE")))
        .isInstanceOf(FlowableException.class);

    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(proposals.calls).isEmpty();
  }

  @Test
  void aDocumentAskedThenSentComesBackToTheOfficerWhoApproves() {
    ProcessInstance instance = start(Map.of());

    decide(engine.singleTask(instance), Decision.ASK_DOCUMENT, Map.of(DOCUMENT_ASKED, ASKED));

    assertThat(requests.calls).containsExactly("await:42:step.documentRequested");
    assertThat(engine.tasks(instance)).isEmpty();
    assertThat(engine.activeActivities(instance)).contains(AWAIT_DOCUMENT, DOCUMENT_SENT_EVENT);
    assertThat(engine.pendingTimers(instance))
        .containsExactlyInAnyOrder(REMINDER_TIMER, EXPIRY_TIMER);
    assertThat(engine.countInInbox("select count(*) from inbox_task where request_id = ?", REQUEST))
        .as("while the tenant has the hand, no task waits in the inbox")
        .isZero();

    engine.message(instance, TenantSignal.DOCUMENT_SENT.name(), Map.of("documentId", 5L));

    Task again = engine.singleTask(instance);
    assertThat(again.getTaskDefinitionKey()).isEqualTo(REVIEW_TASK);
    assertThat(engine.pendingTimers(instance)).as("the timers went with the wait").isEmpty();
    assertThat(engine.passed(instance, ProfileChangeProcess.DOCUMENT_RECEIVED_END)).isTrue();

    decide(again, Decision.APPROVE, Map.of());
    assertThat(proposals.calls).containsExactly("approve:42:null");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.REMIND_TASK)).isFalse();
  }

  @Test
  void withoutTheDocumentTheTenantIsRemindedThenTheRequestExpires() {
    ProcessInstance instance = start(Map.of());
    decide(engine.singleTask(instance), Decision.ASK_DOCUMENT, Map.of(DOCUMENT_ASKED, ASKED));

    engine.advance(Duration.ofDays(7).minusMinutes(1));
    assertThat(requests.of("step")).isEmpty();

    engine.advance(Duration.ofMinutes(1));
    assertThat(requests.of("step")).containsExactly("step:42:step.reminderSent");
    assertThat(engine.activeActivities(instance)).contains(DOCUMENT_SENT_EVENT);
    assertThat(engine.pendingTimers(instance)).containsExactly(EXPIRY_TIMER);
    assertThat(engine.passed(instance, ProfileChangeProcess.REMINDED_END)).isTrue();

    engine.advance(Duration.ofDays(23).minusMinutes(1));
    assertThat(proposals.calls).isEmpty();

    engine.advance(Duration.ofMinutes(1));
    assertThat(proposals.calls).containsExactly("expire:42");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.EXPIRED_END)).isTrue();
    assertThat(engine.passed(instance, ProfileChangeProcess.DOCUMENT_SENT_EVENT)).isTrue();
    assertThat(requests.of("step")).as("reminded once").hasSize(1);
  }

  @Test
  void aDocumentSentAfterTheReminderStillReachesTheOfficer() {
    ProcessInstance instance = start(Map.of());
    decide(engine.singleTask(instance), Decision.ASK_DOCUMENT, Map.of(DOCUMENT_ASKED, ASKED));
    engine.advance(Duration.ofDays(10));

    engine.message(instance, TenantSignal.DOCUMENT_SENT.name(), Map.of());

    assertThat(engine.singleTask(instance).getTaskDefinitionKey()).isEqualTo(REVIEW_TASK);
    assertThat(engine.pendingTimers(instance)).isEmpty();
    engine.advance(Duration.ofDays(40));
    assertThat(proposals.calls).as("no expiry once the document came").isEmpty();

    decide(engine.singleTask(instance), Decision.REJECT, Map.of(REASON, "Document illisible."));
    assertThat(proposals.calls).containsExactly("reject:42:Document illisible.:null");
  }

  @Test
  void delaysGivenAsVariablesReplaceTheDefaults() {
    ProcessInstance instance =
        start(
            Map.of(
                ProfileChangeProcess.REMINDER_AFTER, "PT1H",
                ProfileChangeProcess.EXPIRES_AFTER, "P2D"));
    decide(engine.singleTask(instance), Decision.ASK_DOCUMENT, Map.of(DOCUMENT_ASKED, ASKED));

    engine.advance(Duration.ofHours(1));
    assertThat(requests.of("step")).containsExactly("step:42:step.reminderSent");
    engine.advance(Duration.ofDays(2));
    assertThat(proposals.calls).containsExactly("expire:42");
  }

  @Test
  void askingForADocumentWithoutSayingWhichLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(Map.of());
    Task task = engine.singleTask(instance);

    assertThatThrownBy(() -> decide(task, Decision.ASK_DOCUMENT, Map.of(DOCUMENT_ASKED, "  ")))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo(DOCUMENT_ASKED);

    assertThat(engine.singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(requests.of("await")).isEmpty();
    assertThat(engine.pendingTimers(instance)).isEmpty();
  }

  @Test
  void aSecondDocumentCanBeAskedAfterTheFirst() {
    ProcessInstance instance = start(Map.of());
    decide(engine.singleTask(instance), Decision.ASK_DOCUMENT, Map.of(DOCUMENT_ASKED, ASKED));
    engine.message(instance, TenantSignal.DOCUMENT_SENT.name(), Map.of());

    decide(
        engine.singleTask(instance),
        Decision.ASK_DOCUMENT,
        Map.of(DOCUMENT_ASKED, "Une page lisible de l'acte"));

    assertThat(requests.of("await")).hasSize(2);
    assertThat(engine.pendingTimers(instance))
        .containsExactlyInAnyOrder(REMINDER_TIMER, EXPIRY_TIMER);
  }

  private void decide(Task task, Decision decision, Map<String, Object> more) {
    Map<String, Object> vars = new HashMap<>(more);
    vars.put(DECISION, decision.name());
    engine.complete(task, vars);
  }

  private long candidates(String group) {
    return engine.engine().getTaskService().createTaskQuery().taskCandidateGroup(group).count();
  }

  private ProcessInstance start(Map<String, Object> more) {
    Map<String, Object> vars = new HashMap<>(more);
    vars.put(RequestVariables.REQUEST_ID, REQUEST);
    vars.put(RequestVariables.REQUEST_NUMBER, "1000042");
    vars.put(RequestVariables.AGENCY_CODE, "VERSAILLES");
    vars.put(RequestVariables.CONTRACT_ID, 1L);
    vars.put(RequestVariables.TENANT_NAME, "DUPONT Martine");
    return engine.start(ProfileChangeProcess.KEY, "1000042", vars);
  }
}
