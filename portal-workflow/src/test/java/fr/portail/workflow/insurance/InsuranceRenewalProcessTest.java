package fr.portail.workflow.insurance;

import static fr.portail.workflow.insurance.InsuranceRenewalProcess.ACCEPTED;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.ANNUAL_PREMIUM;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.ATTESTATION_SENT;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.REASON;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.SUBSTITUTE_INSURER;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.SUBSTITUTE_POLICY;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.SURCHARGE_PERCENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.workflow.Actors;
import fr.portail.workflow.ProcessTestEngine;
import fr.portail.workflow.RecordingRequestProcessing;
import fr.portail.workflow.RequestTakenInHand;
import fr.portail.workflow.RequestVariables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every path of insuranceRenewal on an in-memory engine with the real BPMN file: opened by
 * the tenant (accepted, refused then sent again), opened by the expiry scan (reminders, formal
 * notice, attestation, or none and the insurance on the tenant's behalf), and refusals that leave
 * the instance where it was. Timers fire on the engine's clock, moved by the test.
 */
class InsuranceRenewalProcessTest {

  private static final long REQUEST = 42L;
  private static final String OFFICER = "7";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final RecordingRequestProcessing requests = new RecordingRequestProcessing();
  private final RecordingInsuranceRenewalProcessing renewals =
      new RecordingInsuranceRenewalProcessing();
  private ProcessTestEngine engine;

  @BeforeEach
  void startEngine() {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("requestTakenInHand", new RequestTakenInHand(requests));
    beans.put("planInsuranceDeadlines", new PlanInsuranceDeadlines());
    beans.put("requestAttestation", new RequestAttestation(renewals));
    beans.put("sendInsuranceReminder", new SendInsuranceReminder(renewals));
    beans.put("serveFormalNotice", new ServeFormalNotice(renewals));
    beans.put("recordInsuranceCoverage", new RecordInsuranceCoverage(renewals));
    beans.put("rejectAttestation", new RejectAttestation(renewals));
    beans.put("recordSubstituteInsurance", new RecordSubstituteInsurance(renewals));
    engine = ProcessTestEngine.start(beans);
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void anAttestationSentByTheTenantIsCheckedByAnOfficerOfHisAgencyAndAccepted() {
    ProcessInstance instance = startedByTenant();

    Task check = engine.singleTask(instance);
    assertThat(check.getTaskDefinitionKey()).isEqualTo(InsuranceRenewalProcess.CHECK_TASK);
    assertThat(check.getFormKey()).isEqualTo(InsuranceRenewalProcess.CHECK_FORM);
    assertThat(check.getDueDate().toInstant())
        .as("to be checked within five days")
        .isEqualTo(ProcessTestEngine.START.plus(Duration.ofDays(5)));
    assertThat(candidates("CUSTOMER_OFFICER:VERSAILLES")).isEqualTo(1);
    assertThat(candidates("CUSTOMER_OFFICER:SAINT-CYR")).isZero();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.REQUEST_TASK))
        .as("the tenant is not asked for what he sent")
        .isFalse();
    assertThat(engine.pendingTimers(instance)).as("no reminder while the officer checks").isEmpty();

    engine.engine().getTaskService().claim(check.getId(), OFFICER);
    assertThat(requests.calls).containsExactly("inProgress:42:7");
    complete(check, Map.of(ACCEPTED, true, REASON, ""));

    assertThat(renewals.calls).containsExactly("accept:42:7");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.COVERED_END)).isTrue();
    assertThat(engine.countInInbox("select count(*) from inbox_task")).isZero();
  }

  @Test
  void aRefusedAttestationWaitsForAnotherWhichIsCheckedAgainAndAccepted() {
    ProcessInstance instance = startedByTenant();
    Task first = engine.singleTask(instance);
    engine.engine().getTaskService().claim(first.getId(), OFFICER);

    complete(first, Map.of(ACCEPTED, false, REASON, "La période est illisible."));

    assertThat(renewals.calls).containsExactly("reject:42:La période est illisible.:7");
    assertThat(engine.activeActivities(instance))
        .contains(InsuranceRenewalProcess.AWAIT_SUBPROCESS, InsuranceRenewalProcess.AWAIT_EVENT);
    assertThat(engine.passed(instance, InsuranceRenewalProcess.NOTICE_SERVED_GATEWAY)).isTrue();
    assertThat(engine.pendingTimers(instance))
        .containsExactlyInAnyOrder(
            InsuranceRenewalProcess.REMINDER_TIMER, InsuranceRenewalProcess.FORMAL_NOTICE_TIMER);
    assertThat(engine.tasks(instance)).isEmpty();

    engine.advance(Duration.ofDays(3));
    engine.message(instance, ATTESTATION_SENT, Map.of());

    Task second = engine.singleTask(instance);
    assertThat(second.getTaskDefinitionKey()).isEqualTo(InsuranceRenewalProcess.CHECK_TASK);
    assertThat(engine.pendingTimers(instance)).isEmpty();
    engine.engine().getTaskService().claim(second.getId(), OFFICER);
    complete(second, Map.of(ACCEPTED, true, REASON, ""));

    assertThat(renewals.calls)
        .containsExactly("reject:42:La période est illisible.:7", "accept:42:7");
    assertThat(renewals.of("reminded")).as("answered before any reminder").isEmpty();
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.COVERED_END)).isTrue();
  }

  @Test
  void openedByTheScanTheTenantIsAskedRemindedTwiceServedANoticeAndHisAttestationAccepted() {
    ProcessInstance instance = startedByScan(LocalDate.of(2026, 2, 20));

    assertThat(renewals.calls).containsExactly("requested:42");
    assertThat(engine.tasks(instance)).isEmpty();
    assertThat(engine.activeActivities(instance)).contains(InsuranceRenewalProcess.AWAIT_EVENT);
    assertThat(noticeDue(instance))
        .as("40 days after the opening, at the opening's time of day in Paris")
        .isEqualTo(ProcessTestEngine.START.atZone(PARIS).plusDays(40).toInstant());

    engine.advance(Duration.ofDays(15));
    assertThat(renewals.of("reminded")).hasSize(1);
    engine.advance(Duration.ofDays(15));
    assertThat(renewals.of("reminded")).hasSize(2);
    engine.advance(Duration.ofDays(9));
    assertThat(renewals.of("notice")).as("not before the 40th day").isEmpty();

    engine.advance(Duration.ofDays(1));
    assertThat(renewals.calls)
        .containsExactly("requested:42", "reminded:42", "reminded:42", "notice:42");
    assertThat(engine.activeActivities(instance))
        .contains(InsuranceRenewalProcess.AFTER_NOTICE_EVENT)
        .doesNotContain(InsuranceRenewalProcess.AWAIT_EVENT);
    assertThat(engine.pendingTimers(instance))
        .as("no more reminders after the notice, only its deadline")
        .containsExactly(InsuranceRenewalProcess.SUBSTITUTION_TIMER);

    engine.advance(Duration.ofDays(10));
    engine.message(instance, ATTESTATION_SENT, Map.of());
    Task check = engine.singleTask(instance);
    assertThat(check.getTaskDefinitionKey()).isEqualTo(InsuranceRenewalProcess.CHECK_TASK);
    assertThat(engine.pendingTimers(instance)).isEmpty();
    engine.engine().getTaskService().claim(check.getId(), OFFICER);
    complete(check, Map.of(ACCEPTED, true, REASON, ""));

    assertThat(renewals.of("accept")).containsExactly("accept:42:7");
    assertThat(renewals.of("substitute")).isEmpty();
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.COVERED_END)).isTrue();
  }

  @Test
  void withoutAnswerAMonthAfterTheNoticeTheOfficerInsuresOnTheTenantsBehalf() {
    ProcessInstance instance = startedByScan(null);
    untilTheNotice();
    assertThat(renewals.of("notice")).hasSize(1);
    Date substitutionDue =
        (Date)
            engine
                .engine()
                .getRuntimeService()
                .getVariable(instance.getId(), InsuranceRenewalProcess.SUBSTITUTION_DUE);
    assertThat(substitutionDue.toInstant())
        .isEqualTo(engine.now().atZone(PARIS).plusMonths(1).toInstant());

    engine.advance(Duration.ofDays(29));
    assertThat(engine.tasks(instance)).as("not before a month").isEmpty();
    engine.advance(Duration.ofDays(1));

    Task subscribe = engine.singleTask(instance);
    assertThat(subscribe.getTaskDefinitionKey()).isEqualTo(InsuranceRenewalProcess.SUBSTITUTE_TASK);
    assertThat(subscribe.getFormKey()).isEqualTo(InsuranceRenewalProcess.SUBSTITUTE_FORM);
    assertThat(candidates("CUSTOMER_OFFICER:VERSAILLES")).isEqualTo(1);
    engine.engine().getTaskService().claim(subscribe.getId(), OFFICER);
    complete(subscribe, substitution("240.00", "10"));

    assertThat(renewals.calls)
        .containsExactly(
            "requested:42",
            "reminded:42",
            "reminded:42",
            "notice:42",
            "substitute:42:AXA:240.00:10:7");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.SUBSTITUTED_END)).isTrue();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.CHECK_TASK)).isFalse();
  }

  @Test
  void anAttestationRefusedAfterTheNoticeDoesNotPutTheDeadlineBack() {
    ProcessInstance instance = startedByScan(null);
    untilTheNotice();
    Instant deadline = engine.now().atZone(PARIS).plusMonths(1).toInstant();

    engine.advance(Duration.ofDays(20));
    engine.message(instance, ATTESTATION_SENT, Map.of());
    Task check = engine.singleTask(instance);
    engine.engine().getTaskService().claim(check.getId(), OFFICER);
    complete(check, Map.of(ACCEPTED, false, REASON, "Ce n'est pas votre logement."));

    assertThat(engine.activeActivities(instance))
        .as("waits again under the notice, not back to reminders")
        .contains(InsuranceRenewalProcess.AFTER_NOTICE_EVENT)
        .doesNotContain(InsuranceRenewalProcess.AWAIT_EVENT);
    assertThat(
            engine
                .engine()
                .getManagementService()
                .createTimerJobQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getDuedate()
                .toInstant())
        .isEqualTo(deadline);
    assertThat(renewals.of("reminded")).hasSize(2);

    engine.advance(Duration.ofDays(10));
    assertThat(engine.singleTask(instance).getTaskDefinitionKey())
        .as("a month after the notice, not after the refusal")
        .isEqualTo(InsuranceRenewalProcess.SUBSTITUTE_TASK);
  }

  @Test
  void anAttestationSentBeforeTheOfficerInsuresForTheTenantIsCheckedInstead() {
    ProcessInstance instance = startedByScan(null);
    untilTheNotice();
    engine.advance(Duration.ofDays(31));
    assertThat(engine.singleTask(instance).getTaskDefinitionKey())
        .isEqualTo(InsuranceRenewalProcess.SUBSTITUTE_TASK);

    engine.message(instance, ATTESTATION_SENT, Map.of());

    Task check = engine.singleTask(instance);
    assertThat(check.getTaskDefinitionKey()).isEqualTo(InsuranceRenewalProcess.CHECK_TASK);
    assertThat(engine.passed(instance, InsuranceRenewalProcess.ATTESTATION_DURING_SUBSTITUTION))
        .isTrue();
    assertThat(engine.countInInbox("select count(*) from inbox_task"))
        .as("the insurance task left the inbox")
        .isEqualTo(1);
    complete(check, Map.of(ACCEPTED, true, REASON, ""));
    assertThat(renewals.of("substitute")).isEmpty();
    assertThat(engine.passed(instance, InsuranceRenewalProcess.COVERED_END)).isTrue();
  }

  @Test
  void aRenewalOpenedBeforeTheExpiryServesNoNoticeBeforeFifteenDaysAfterIt() {
    LocalDate coverEnds = LocalDate.of(2026, 4, 30);
    ProcessInstance instance = startedByScan(coverEnds);

    assertThat(noticeDue(instance))
        .isEqualTo(coverEnds.plusDays(15).atTime(9, 0).atZone(PARIS).toInstant());
    untilTheNotice();
    assertThat(renewals.of("notice")).as("the tenant was still insured 40 days in").isEmpty();
    assertThat(renewals.of("reminded")).hasSize(2);
  }

  @Test
  void aRefusalWithoutReasonLeavesTheCheckWhereItWas() {
    ProcessInstance instance = startedByTenant();
    Task check = engine.singleTask(instance);

    assertThatThrownBy(() -> complete(check, Map.of(ACCEPTED, false, REASON, "  ")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(engine.singleTask(instance).getId()).isEqualTo(check.getId());
    assertThat(engine.passed(instance, InsuranceRenewalProcess.REJECT_TASK)).isFalse();
    assertThat(renewals.calls).isEmpty();
  }

  @Test
  void aFailingAcceptanceLeavesTheCheckWhereItWas() {
    ProcessInstance instance = startedByTenant();
    Task check = engine.singleTask(instance);
    renewals.refuseAccept = true;

    assertThatThrownBy(() -> complete(check, Map.of(ACCEPTED, true, REASON, "")))
        .hasMessageContaining("indisponible");

    assertThat(engine.ended(instance)).isFalse();
    assertThat(engine.singleTask(instance).getId()).isEqualTo(check.getId());
    assertThat(engine.passed(instance, InsuranceRenewalProcess.COVERED_END)).isFalse();
  }

  @Test
  void anIncreaseAboveTenPercentIsRefusedAndTheInsuranceTaskStays() {
    ProcessInstance instance = startedByScan(null);
    untilTheNotice();
    engine.advance(Duration.ofDays(31));
    Task subscribe = engine.singleTask(instance);

    assertThatThrownBy(() -> complete(subscribe, substitution("240.00", "12")))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo(SURCHARGE_PERCENT);

    assertThat(engine.singleTask(instance).getId()).isEqualTo(subscribe.getId());
    assertThat(renewals.of("substitute")).isEmpty();
    assertThat(engine.ended(instance)).isFalse();
  }

  /** Completes the task as the officer, as the inbox does (he is the acting account). */
  private void complete(Task task, Map<String, Object> variables) {
    Actors.as(Long.valueOf(OFFICER), () -> engine.complete(task, variables));
  }

  /**
   * Forty days on, in steps of fifteen so that each reminder fires on its day (a cycle's next timer
   * is counted from when the last one fired).
   */
  private void untilTheNotice() {
    engine.advance(Duration.ofDays(15));
    engine.advance(Duration.ofDays(15));
    engine.advance(Duration.ofDays(10));
  }

  private static Map<String, Object> substitution(String premium, String surcharge) {
    return Map.of(
        SUBSTITUTE_INSURER,
        "AXA",
        SUBSTITUTE_POLICY,
        "PAC-2026-001",
        ANNUAL_PREMIUM,
        premium,
        SURCHARGE_PERCENT,
        surcharge);
  }

  private Instant noticeDue(ProcessInstance instance) {
    return ((Date)
            engine
                .engine()
                .getRuntimeService()
                .getVariable(instance.getId(), InsuranceRenewalProcess.FORMAL_NOTICE_DUE))
        .toInstant();
  }

  private long candidates(String group) {
    return engine.engine().getTaskService().createTaskQuery().taskCandidateGroup(group).count();
  }

  private ProcessInstance startedByTenant() {
    Map<String, Object> vars = variables();
    vars.put(InsuranceRenewalProcess.ATTESTATION_ATTACHED, true);
    return engine.start(InsuranceRenewalProcess.KEY, "1000042", vars);
  }

  private ProcessInstance startedByScan(LocalDate coverageEndsOn) {
    Map<String, Object> vars = variables();
    vars.put(InsuranceRenewalProcess.ATTESTATION_ATTACHED, false);
    if (coverageEndsOn != null) {
      vars.put(InsuranceRenewalProcess.COVERAGE_ENDS_ON, coverageEndsOn.toString());
    }
    return engine.start(InsuranceRenewalProcess.KEY, "1000042", vars);
  }

  private static Map<String, Object> variables() {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RequestVariables.REQUEST_ID, REQUEST);
    vars.put(RequestVariables.REQUEST_NUMBER, "1000042");
    vars.put(RequestVariables.AGENCY_CODE, "VERSAILLES");
    vars.put(RequestVariables.CONTRACT_ID, 1L);
    return vars;
  }
}
