package fr.portail.workflow.technical;

import static fr.portail.workflow.technical.TechnicalRequestProcess.ACCEPT_TASK;
import static fr.portail.workflow.technical.TechnicalRequestProcess.ORDER_TASK;
import static fr.portail.workflow.technical.TechnicalRequestProcess.PERFORM_TASK;
import static fr.portail.workflow.technical.TechnicalRequestProcess.TRIAGE_TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.application.TechnicalSettings;
import fr.portail.domain.model.technical.ResponseDeadlines;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.workflow.Actors;
import fr.portail.workflow.ProcessTestEngine;
import fr.portail.workflow.RecordingRequestProcessing;
import fr.portail.workflow.RequestTakenInHand;
import fr.portail.workflow.RequestVariables;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every path of technicalRequest on an in-memory engine with the real BPMN file: the
 * caretaker's four decisions, the intervention accepted or declined, done or impossible, the
 * tenant's confirmation, his "not fixed" that reopens a cycle, the presumed-done timer, each
 * deadline escalated, a complement at each wait state, and failing steps that leave the instance
 * where it was.
 */
class TechnicalRequestProcessTest {

  private static final long REQUEST = 42L;
  private static final long CONTRACTOR = 3L;
  private static final String CARETAKER = "11";
  private static final String MANAGER = "12";
  private static final String CONTRACTOR_STAFF = "13";

  /** A Tuesday morning, in the tenant's slots, after the clock's start (Wednesday 4 March). */
  private static final String APPOINTMENT = "2026-03-10T09:30";

  private final RecordingRequestProcessing requests = new RecordingRequestProcessing();
  private final RecordingTechnicalProcessing technical = new RecordingTechnicalProcessing();
  private final ResponseDeadlines deadlines = ResponseDeadlines.defaults();
  private ProcessTestEngine engine;

  @BeforeEach
  void startEngine() {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("requestTakenInHand", new RequestTakenInHand(requests));
    beans.put("technicalDeadline", new TechnicalDeadline(deadlines));
    beans.put("technicalCloseResolved", new CloseResolvedByCaretaker(technical));
    beans.put("technicalCloseTenantUpkeep", new CloseAsTenantUpkeep(technical));
    beans.put("technicalMerge", new MergeIntoFault(technical));
    beans.put("technicalAskIntervention", new AskIntervention(technical));
    beans.put("technicalPlaceOrder", new PlaceInterventionOrder(technical));
    beans.put("technicalAppointment", new RecordAppointment(technical));
    beans.put("technicalDecline", new RecordDecline(technical));
    beans.put("technicalDone", new RecordInterventionDone(technical));
    beans.put("technicalUnable", new RecordInterventionUnable(technical));
    beans.put("technicalCloseConfirmed", new CloseConfirmedRepair(technical));
    beans.put("technicalReopen", new ReopenIntervention(technical));
    beans.put("technicalClosePresumed", new ClosePresumedDone(technical));
    beans.put("technicalEscalation", new TechnicalEscalation(technical));
    beans.put("technicalComplement", new ForwardComplement(technical));
    engine = ProcessTestEngine.start(beans);
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void theCaretakerOfTheResidenceTriagesItWithItsDueDateAndSolvesItHimself() {
    ProcessInstance instance = start(Urgency.NORMAL);

    Task triage = task(instance, TRIAGE_TASK);
    assertThat(triage.getFormKey()).isEqualTo("/gestion/taches/tri-technique.xhtml");
    assertThat(groups(triage)).containsExactly("CARETAKER:R7");
    // Eight working days from Wednesday 4 March 2026, 9:00 in Paris: Monday 16 March, 9:00.
    assertThat(triage.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-03-16T08:00:00Z"));
    assertThat(triage.getPriority()).isEqualTo(50);
    assertThat(
            engine.countInInbox(
                "select count(*) from inbox_task where task_id = ? and due_at is not null",
                triage.getId()))
        .as("the inbox's read model has the due date, for its colours")
        .isEqualTo(1);
    assertThat(engine.pendingTimers(instance)).containsExactly("triageLateTimer");

    engine.engine().getTaskService().claim(triage.getId(), CARETAKER);
    assertThat(requests.calls).containsExactly("inProgress:42:11");
    complete(triage, CARETAKER, decision("RESOLVED", "J'ai remplacé l'ampoule du palier."));

    assertThat(technical.calls)
        .containsExactly("resolved:42:J'ai remplacé l'ampoule du palier.:11");
    assertThat(engine.ended(instance)).isTrue();
    assertThat(engine.passed(instance, TechnicalRequestProcess.RESOLVED_END)).isTrue();
    assertThat(engine.pendingTimers(instance)).isEmpty();
  }

  @Test
  void anUrgentRequestIsDueInTwentyFourHoursWithAHigherPriority() {
    ProcessInstance instance = start(Urgency.URGENT);

    Task triage = task(instance, TRIAGE_TASK);
    assertThat(triage.getDueDate().toInstant())
        .isEqualTo(ProcessTestEngine.START.plus(Duration.ofHours(24)));
    assertThat(triage.getPriority()).isEqualTo(70);
  }

  @Test
  void theCaretakerClosesItAsTheTenantsUpkeepWithAnExplanation() {
    ProcessInstance instance = start(Urgency.NORMAL);

    complete(
        task(instance, TRIAGE_TASK),
        CARETAKER,
        decision("TENANT_UPKEEP", "Le joint du robinet est à votre charge."));

    assertThat(technical.calls)
        .containsExactly("upkeep:42:Le joint du robinet est à votre charge.");
    assertThat(engine.passed(instance, TechnicalRequestProcess.UPKEEP_END)).isTrue();
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void theCaretakerMergesItIntoTheOpenRequestAboutTheSameCommonAreaFault() {
    ProcessInstance instance = start(Urgency.NORMAL);

    Map<String, Object> vars = decision("MERGE", null);
    vars.put(TechnicalRequestProcess.CARRIER, 40L);
    complete(task(instance, TRIAGE_TASK), CARETAKER, vars);

    assertThat(technical.calls).containsExactly("merged:42:40");
    assertThat(engine.passed(instance, TechnicalRequestProcess.MERGED_END)).isTrue();
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void anInterventionOrderedAcceptedDoneThenConfirmedResolvesTheRequest() {
    ProcessInstance instance = start(Urgency.NORMAL);
    askIntervention(instance);

    Task order = task(instance, ORDER_TASK);
    assertThat(groups(order)).containsExactly("TECHNICAL_MANAGER:VERSAILLES");
    assertThat(order.getFormKey()).isEqualTo("/gestion/taches/commande-intervention.xhtml");
    assertThat(order.getDueDate().toInstant())
        .isEqualTo(deadlines.dueDate(Urgency.NORMAL, engine.now()));
    orderFrom(instance, CONTRACTOR);

    Task accept = task(instance, ACCEPT_TASK);
    assertThat(accept.getName()).isEqualTo("Intervention commandée");
    assertThat(groups(accept))
        .as("only the staff of the company the intervention is ordered from")
        .containsExactly("CONTRACTOR:C3");
    assertThat(
            engine
                .engine()
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("CONTRACTOR:VERSAILLES")
                .count())
        .isZero();
    accept(instance, APPOINTMENT);

    Task perform = task(instance, PERFORM_TASK);
    assertThat(perform.getName()).isEqualTo("Réaliser l'intervention");
    assertThat(groups(perform)).containsExactly("CONTRACTOR:C3");
    // Report due one working day after the appointment: Wednesday 11 March, 9:30 in Paris.
    assertThat(perform.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-03-11T08:30:00Z"));
    reportDone(instance);

    assertThat(engine.activeActivities(instance))
        .contains(
            TechnicalRequestProcess.REPAIR_CONFIRMED_EVENT,
            TechnicalRequestProcess.REPAIR_NOT_FIXED_EVENT,
            TechnicalRequestProcess.CONFIRMATION_TIMEOUT);
    assertThat(engine.pendingTimers(instance)).containsExactly("confirmationTimeoutEvent");

    engine.message(instance, "REPAIR_CONFIRMED", Map.of());

    assertThat(technical.calls)
        .containsExactly(
            "asked:42:Fuite sur la colonne:PLOMBERIE",
            "ordered:42:3:null",
            "accepted:42:" + APPOINTMENT,
            "done:42:Joint de la colonne changé.:45",
            "confirmed:42");
    assertThat(engine.passed(instance, TechnicalRequestProcess.CONFIRMED_END)).isTrue();
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void notFixedReopensANewInterventionCycleWhichIsThenConfirmed() {
    ProcessInstance instance = start(Urgency.NORMAL);
    askIntervention(instance);
    orderFrom(instance, CONTRACTOR);
    accept(instance, APPOINTMENT);
    reportDone(instance);

    engine.message(instance, "REPAIR_NOT_FIXED", Map.of());

    assertThat(technical.of("reopened")).containsExactly("reopened:42");
    Task again = task(instance, ORDER_TASK);
    assertThat(groups(again)).containsExactly("TECHNICAL_MANAGER:VERSAILLES");
    assertThat(engine.pendingTimers(instance))
        .as("the confirmation timer went with the gateway; the new order has its own")
        .containsExactly("orderLateTimer");

    orderFrom(instance, 4L);
    assertThat(groups(task(instance, ACCEPT_TASK))).containsExactly("CONTRACTOR:C4");
    accept(instance, "2026-03-12T15:00");
    reportDone(instance);
    engine.message(instance, "REPAIR_CONFIRMED", Map.of());

    assertThat(technical.of("ordered")).containsExactly("ordered:42:3:null", "ordered:42:4:null");
    assertThat(technical.of("confirmed")).containsExactly("confirmed:42");
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void aDeclinedOrderAndAnImpossibleInterventionGoBackToTheTechnicalManager() {
    ProcessInstance instance = start(Urgency.NORMAL);
    askIntervention(instance);
    orderFrom(instance, CONTRACTOR);

    Map<String, Object> decline = new HashMap<>();
    decline.put(TechnicalRequestProcess.CONTRACTOR_ANSWER, TechnicalRequestProcess.DECLINED);
    decline.put(TechnicalRequestProcess.REASON, "Pas de disponibilité avant trois semaines.");
    decline.put(TechnicalRequestProcess.APPOINTMENT, null);
    complete(task(instance, ACCEPT_TASK), CONTRACTOR_STAFF, decline);
    assertThat(technical.of("declined"))
        .containsExactly("declined:42:Pas de disponibilité avant trois semaines.");
    assertThat(engine.passed(instance, TechnicalRequestProcess.RECORD_DECLINE)).isTrue();

    orderFrom(instance, 4L);
    accept(instance, APPOINTMENT);
    Map<String, Object> unable = new HashMap<>();
    unable.put(TechnicalRequestProcess.OUTCOME, TechnicalRequestProcess.UNABLE);
    unable.put(TechnicalRequestProcess.REASON, "Locataire absent au rendez-vous.");
    complete(task(instance, PERFORM_TASK), CONTRACTOR_STAFF, unable);

    assertThat(technical.of("unable"))
        .containsExactly("unable:42:Locataire absent au rendez-vous.");
    assertThat(engine.passed(instance, TechnicalRequestProcess.RECORD_UNABLE)).isTrue();
    assertThat(task(instance, ORDER_TASK)).isNotNull();
    assertThat(engine.ended(instance)).isFalse();
  }

  @Test
  void withoutTheTenantsAnswerTheRepairIsPresumedDoneAfterTheWait() {
    ProcessInstance instance = start(Urgency.NORMAL);
    askIntervention(instance);
    orderFrom(instance, CONTRACTOR);
    accept(instance, APPOINTMENT);
    reportDone(instance);

    engine.advance(Duration.ofDays(14));
    assertThat(engine.ended(instance)).isFalse();
    assertThat(technical.of("presumed")).isEmpty();

    engine.advance(Duration.ofDays(1).plusMinutes(1));

    assertThat(technical.of("presumed")).containsExactly("presumed:42");
    assertThat(engine.passed(instance, TechnicalRequestProcess.PRESUMED_END)).isTrue();
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void aLateTriageIsEscalatedToTheTechnicalManagerAndStaysOpen() {
    ProcessInstance instance = start(Urgency.NORMAL);
    Task triage = task(instance, TRIAGE_TASK);

    engine.advance(Duration.ofDays(12).minusMinutes(1));
    assertThat(technical.of("late")).as("not due yet: Monday 16 March, 9:00").isEmpty();

    engine.advance(Duration.ofMinutes(2));

    assertThat(technical.of("late"))
        .containsExactly("late:42:caretakerTriageTask:2026-03-16T08:00:00Z");
    Task late = task(instance, TRIAGE_TASK);
    assertThat(late.getId()).as("the caretaker's task stays open").isEqualTo(triage.getId());
    assertThat(groups(late))
        .containsExactlyInAnyOrder("CARETAKER:R7", "TECHNICAL_MANAGER:VERSAILLES");
    assertThat(late.getPriority()).isEqualTo(TechnicalRequestProcess.ESCALATED_PRIORITY);
    assertThat(
            engine.countInInbox(
                "select count(*) from inbox_task_group where task_id = ? and group_id = ?",
                late.getId(),
                "TECHNICAL_MANAGER:VERSAILLES"))
        .as("the manager's inbox shows it")
        .isEqualTo(1);
    assertThat(
            engine.countInInbox(
                "select count(*) from inbox_task where task_id = ? and priority = 80",
                late.getId()))
        .isEqualTo(1);
    assertThat(engine.pendingTimers(instance)).isEmpty();

    // The manager may decide it himself.
    complete(late, MANAGER, decision("RESOLVED", "Réglé par téléphone."));
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void theManagersAndTheContractorsLateStepsAreEscalatedToo() {
    ProcessInstance instance = start(Urgency.URGENT);
    askIntervention(instance);

    engine.advance(Duration.ofHours(24).plusMinutes(1));
    assertThat(technical.of("late")).singleElement().asString().contains(":orderInterventionTask:");
    Task order = task(instance, ORDER_TASK);
    assertThat(groups(order)).containsExactly("TECHNICAL_MANAGER:VERSAILLES");
    assertThat(order.getPriority()).isEqualTo(80);

    orderFrom(instance, CONTRACTOR);
    engine.advance(Duration.ofHours(24).plusMinutes(1));
    Task accept = task(instance, ACCEPT_TASK);
    assertThat(technical.of("late"))
        .hasSize(2)
        .last()
        .asString()
        .contains(":acceptInterventionTask:");
    assertThat(groups(accept))
        .containsExactlyInAnyOrder("CONTRACTOR:C3", "TECHNICAL_MANAGER:VERSAILLES");

    String appointment = "2026-03-09T10:00";
    accept(instance, appointment);
    // Due Tuesday 10 March at 10:00, one working day after the appointment.
    engine.advance(Duration.between(engine.now(), Instant.parse("2026-03-10T09:01:00Z")));
    assertThat(technical.of("late"))
        .hasSize(3)
        .last()
        .isEqualTo("late:42:performInterventionTask:2026-03-10T09:00:00Z");
    assertThat(groups(task(instance, PERFORM_TASK)))
        .containsExactlyInAnyOrder("CONTRACTOR:C3", "TECHNICAL_MANAGER:VERSAILLES");
  }

  @Test
  void aComplementReachesTheProcessAtEveryWaitStateAndIsNotedOnTheOpenTask() {
    ProcessInstance instance = start(Urgency.NORMAL);
    Task triage = task(instance, TRIAGE_TASK);
    engine.engine().getTaskService().claim(triage.getId(), CARETAKER);

    complement(instance, 1L);
    assertThat(technical.of("complement")).containsExactly("complement:42:1:[11]");
    assertThat(notesOn(triage)).containsExactly("Complément du locataire : n° 1");
    assertThat(task(instance, TRIAGE_TASK).getId()).isEqualTo(triage.getId());

    askIntervention(instance);
    complement(instance, 2L);
    assertThat(technical.of("complement")).last().isEqualTo("complement:42:2:[]");
    assertThat(notesOn(task(instance, ORDER_TASK)))
        .containsExactly("Complément du locataire : n° 2");

    orderFrom(instance, CONTRACTOR);
    complement(instance, 3L);
    assertThat(notesOn(task(instance, ACCEPT_TASK))).contains("Complément du locataire : n° 3");

    accept(instance, APPOINTMENT);
    Task perform = task(instance, PERFORM_TASK);
    engine.engine().getTaskService().claim(perform.getId(), CONTRACTOR_STAFF);
    complement(instance, 4L);
    assertThat(technical.of("complement")).last().isEqualTo("complement:42:4:[13]");

    reportDone(instance);
    complement(instance, 5L);
    assertThat(technical.of("complement"))
        .as("while waiting for the tenant's confirmation, with no staff task open")
        .last()
        .isEqualTo("complement:42:5:[]");
    assertThat(engine.activeActivities(instance))
        .contains(TechnicalRequestProcess.REPAIR_CONFIRMED_EVENT);
    assertThat(
            engine
                .engine()
                .getTaskService()
                .getProcessInstanceComments(instance.getId(), "comment"))
        .hasSize(5);

    engine.message(instance, "REPAIR_CONFIRMED", Map.of());
    assertThat(engine.ended(instance)).isTrue();
  }

  @Test
  void aRefusedReportLeavesTheContractorsTaskWhereItWas() {
    ProcessInstance instance = start(Urgency.NORMAL);
    askIntervention(instance);
    orderFrom(instance, CONTRACTOR);
    accept(instance, APPOINTMENT);
    Task perform = task(instance, PERFORM_TASK);
    technical.refuseDone = true;

    assertThatThrownBy(() -> complete(perform, CONTRACTOR_STAFF, done()))
        .isInstanceOf(InvalidInputException.class);

    assertThat(task(instance, PERFORM_TASK).getId()).isEqualTo(perform.getId());
    assertThat(technical.of("done")).isEmpty();
    assertThat(engine.activeActivities(instance))
        .doesNotContain(TechnicalRequestProcess.REPAIR_CONFIRMED_EVENT);
  }

  @Test
  void aMissingDiagnosisOrAnUnknownDecisionLeavesTheTriageOpen() {
    ProcessInstance instance = start(Urgency.NORMAL);
    Task triage = task(instance, TRIAGE_TASK);

    Map<String, Object> noDiagnosis = decision("INTERVENTION", null);
    noDiagnosis.put(TechnicalRequestProcess.DIAGNOSIS, " ");
    assertThatThrownBy(() -> complete(triage, CARETAKER, noDiagnosis))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> complete(triage, CARETAKER, decision("IGNORE", "x")))
        .isInstanceOf(FlowableException.class);

    assertThat(task(instance, TRIAGE_TASK).getId()).isEqualTo(triage.getId());
    assertThat(technical.calls).isEmpty();
    assertThat(engine.pendingTimers(instance)).containsExactly("triageLateTimer");
  }

  // Steps of the paths.

  private ProcessInstance start(Urgency urgency) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RequestVariables.REQUEST_ID, REQUEST);
    vars.put(RequestVariables.REQUEST_NUMBER, "5000042");
    vars.put(RequestVariables.AGENCY_CODE, "VERSAILLES");
    vars.put(RequestVariables.CONTRACT_ID, 1L);
    vars.put(RequestVariables.RESIDENCE_ID, 7L);
    vars.put(RequestVariables.RESIDENCE_NAME, "Résidence Les Tilleuls");
    vars.put(RequestVariables.TENANT_NAME, "DUPONT Martine");
    vars.put(TechnicalRequestProcess.URGENCY, urgency.name());
    vars.put(TechnicalRequestProcess.CATEGORY, "LOGEMENT_PLOMBERIE");
    vars.put(TechnicalRequestProcess.CARETAKER_GROUP, "CARETAKER:R7");
    vars.put(
        TechnicalRequestProcess.TRIAGE_DUE,
        deadlines.dueDate(urgency, ProcessTestEngine.START).toString());
    vars.put(
        TechnicalRequestProcess.CONFIRMATION_WAIT, TechnicalSettings.DEFAULT_CONFIRMATION_WAIT);
    return engine.start(TechnicalRequestProcess.KEY, "5000042", vars);
  }

  private static Map<String, Object> decision(String decision, String tenantText) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.DECISION, decision);
    vars.put(TechnicalRequestProcess.TENANT_TEXT, tenantText);
    vars.put(TechnicalRequestProcess.DIAGNOSIS, null);
    vars.put(TechnicalRequestProcess.NEEDED_TRADE, null);
    vars.put(TechnicalRequestProcess.CARRIER, null);
    return vars;
  }

  private void askIntervention(ProcessInstance instance) {
    Map<String, Object> vars = decision("INTERVENTION", null);
    vars.put(TechnicalRequestProcess.DIAGNOSIS, "Fuite sur la colonne");
    vars.put(TechnicalRequestProcess.NEEDED_TRADE, "PLOMBERIE");
    complete(task(instance, TRIAGE_TASK), CARETAKER, vars);
  }

  private void orderFrom(ProcessInstance instance, long contractorId) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.CONTRACTOR_ID, contractorId);
    vars.put(TechnicalRequestProcess.APPOINTMENT, null);
    vars.put(TechnicalRequestProcess.INSTRUCTIONS, null);
    complete(task(instance, ORDER_TASK), MANAGER, vars);
  }

  private void accept(ProcessInstance instance, String appointment) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.CONTRACTOR_ANSWER, TechnicalRequestProcess.ACCEPTED);
    vars.put(TechnicalRequestProcess.APPOINTMENT, appointment);
    vars.put(TechnicalRequestProcess.REASON, null);
    complete(task(instance, ACCEPT_TASK), CONTRACTOR_STAFF, vars);
  }

  private static Map<String, Object> done() {
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.OUTCOME, TechnicalRequestProcess.DONE);
    vars.put(TechnicalRequestProcess.REPORT, "Joint de la colonne changé.");
    vars.put(TechnicalRequestProcess.MINUTES, 45);
    vars.put(TechnicalRequestProcess.REASON, null);
    return vars;
  }

  private void reportDone(ProcessInstance instance) {
    complete(task(instance, PERFORM_TASK), CONTRACTOR_STAFF, done());
  }

  private void complement(ProcessInstance instance, long complementId) {
    engine.message(
        instance,
        "COMPLEMENT_ADDED",
        Map.of(
            TechnicalRequestProcess.COMPLEMENT_ID,
            complementId,
            TechnicalRequestProcess.COMPLEMENT_AUTHOR,
            99L));
  }

  /**
   * Completes the task as the inbox does: claimed by the member of staff, then completed with him
   * as the acting account.
   */
  private void complete(Task task, String staff, Map<String, Object> vars) {
    if (task.getAssignee() == null) {
      engine.engine().getTaskService().claim(task.getId(), staff);
    }
    try {
      Actors.as(Long.valueOf(staff), () -> engine.complete(task, vars));
    } catch (RuntimeException e) {
      engine.engine().getTaskService().unclaim(task.getId());
      throw e;
    }
  }

  private Task task(ProcessInstance instance, String key) {
    List<Task> open =
        engine.tasks(instance).stream().filter(t -> t.getTaskDefinitionKey().equals(key)).toList();
    assertThat(open).as("open task " + key + " in " + engine.activeActivities(instance)).hasSize(1);
    return open.get(0);
  }

  private List<String> groups(Task task) {
    return engine.engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  private List<String> notesOn(Task task) {
    return engine.engine().getTaskService().getTaskComments(task.getId(), "comment").stream()
        .map(Comment::getFullMessage)
        .toList();
  }
}
