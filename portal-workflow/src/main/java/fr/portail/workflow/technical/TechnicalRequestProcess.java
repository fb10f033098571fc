package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import java.util.Map;

/**
 * Names of the {@code technicalRequest} process shared by the BPMN file, the code and the tests:
 * element ids, variables and their values.
 */
public final class TechnicalRequestProcess {

  public static final String KEY = "technicalRequest";

  // Staff tasks.
  public static final String TRIAGE_TASK = "caretakerTriageTask";
  public static final String ORDER_TASK = "orderInterventionTask";
  public static final String ACCEPT_TASK = "acceptInterventionTask";
  public static final String PERFORM_TASK = "performInterventionTask";

  // Other elements the tests and the pages name.
  public static final String TRIAGE_GATEWAY = "triageDecisionGateway";
  public static final String CONFIRMATION_GATEWAY = "tenantConfirmationGateway";
  public static final String REPAIR_CONFIRMED_EVENT = "repairConfirmedEvent";
  public static final String REPAIR_NOT_FIXED_EVENT = "repairNotFixedEvent";
  public static final String CONFIRMATION_TIMEOUT = "confirmationTimeoutEvent";
  public static final String RESOLVED_END = "resolvedByCaretakerEnd";
  public static final String UPKEEP_END = "tenantUpkeepEnd";
  public static final String MERGED_END = "mergedEnd";
  public static final String CONFIRMED_END = "repairConfirmedEnd";
  public static final String PRESUMED_END = "presumedDoneEnd";
  public static final String RECORD_DECLINE = "recordDeclineTask";
  public static final String RECORD_UNABLE = "recordUnableTask";
  public static final String REOPEN = "reopenInterventionTask";
  public static final String COMPLEMENT_START = "complementAddedStart";
  public static final String FORWARD_COMPLEMENT = "forwardComplementTask";

  /** The boundary timer of each staff task, at its due date. */
  public static final Map<String, String> LATE_TIMERS =
      Map.of(
          TRIAGE_TASK, "triageLateTimer",
          ORDER_TASK, "orderLateTimer",
          ACCEPT_TASK, "acceptLateTimer",
          PERFORM_TASK, "performLateTimer");

  /** The escalation service task after each timer, by the staff task it escalates. */
  public static final Map<String, String> ESCALATIONS =
      Map.of(
          "escalateLateTriageTask", TRIAGE_TASK,
          "escalateLateOrderTask", ORDER_TASK,
          "escalateLateAcceptTask", ACCEPT_TASK,
          "escalateLatePerformTask", PERFORM_TASK);

  // Variables set at the start (see TechnicalProcessing for the tenant's facts).
  public static final String URGENCY = TechnicalProcessing.URGENCY;
  public static final String CATEGORY = TechnicalProcessing.CATEGORY;
  public static final String TRIAGE_DUE = TechnicalProcessing.TRIAGE_DUE;
  public static final String CONFIRMATION_WAIT = TechnicalProcessing.CONFIRMATION_WAIT;

  /** The candidate group of the caretakers of the request's residence. */
  public static final String CARETAKER_GROUP = TechnicalProcessing.CARETAKER_GROUP;

  // The caretaker's decision.
  public static final String DECISION = "triageDecision";
  public static final String TENANT_TEXT = "tenantText";
  public static final String DIAGNOSIS = "diagnosis";
  public static final String NEEDED_TRADE = "neededTrade";
  public static final String CARRIER = "carrierRequestId";

  // The technical manager's order.
  public static final String CONTRACTOR_ID = "contractorId";
  public static final String APPOINTMENT = "appointment";
  public static final String INSTRUCTIONS = "instructions";

  /** The candidate group of the contractor's staff, set when the intervention is ordered. */
  public static final String CONTRACTOR_GROUP = "contractorGroup";

  // The contractor's answer and report.
  public static final String CONTRACTOR_ANSWER = "contractorAnswer";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String DECLINED = "DECLINED";
  public static final String REASON = "reason";
  public static final String OUTCOME = "interventionOutcome";
  public static final String DONE = "DONE";
  public static final String UNABLE = "UNABLE";
  public static final String REPORT = "report";
  public static final String MINUTES = "minutesSpent";

  // A complement's message.
  public static final String COMPLEMENT_ID = TechnicalProcessing.COMPLEMENT_ID;
  public static final String COMPLEMENT_AUTHOR = TechnicalProcessing.COMPLEMENT_AUTHOR;

  /** Priority of an escalated task: above the urgent ones (70). */
  public static final int ESCALATED_PRIORITY = 80;

  private TechnicalRequestProcess() {}

  /** The variable holding a staff task's due date (a Date), read by the task and its timer. */
  public static String dueVariable(String taskKey) {
    return taskKey + "DueAt";
  }
}
