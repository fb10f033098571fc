package fr.portail.application;

import java.time.Instant;
import java.util.Collection;

/**
 * What the {@code technicalRequest} process does to its request and report. Called only by the
 * process engine (role SYSTEM); the actor is the account that completed the task, null for a timer
 * or the tenant's own message. Each decision is checked here: a refused one rolls the task's
 * completion back with the field's message.
 */
public interface TechnicalProcessing {

  // The facts the process starts with, and those of the tenant's messages: variable names.

  /** The urgency (an Urgency name), which sets the steps' due dates. */
  String URGENCY = "urgency";

  /** The category (a TechnicalCategory name). */
  String CATEGORY = "category";

  /** The area (a TechnicalArea name). */
  String AREA = "area";

  /** The trade needed (a Trade name). */
  String TRADE = "trade";

  /** The candidate group of the caretakers of the request's residence ("CARETAKER:R12"). */
  String CARETAKER_GROUP = "caretakerGroup";

  /** When the caretaker's triage is due, an ISO instant counted from the submission. */
  String TRIAGE_DUE = "triageDue";

  /** How long a repair reported done waits for the tenant (ISO-8601 duration). */
  String CONFIRMATION_WAIT = "confirmationWait";

  /** The complement just added (its id), in a COMPLEMENT_ADDED message. */
  String COMPLEMENT_ID = "complementId";

  /** Who added it (his account id), in a COMPLEMENT_ADDED message. */
  String COMPLEMENT_AUTHOR = "complementAuthorId";

  /** The caretaker solved it himself; his note is the outcome the tenant reads. */
  void resolvedByCaretaker(Long requestId, String note, Long actorId);

  /** Closed as the tenant's own upkeep, with the caretaker's explanation. */
  void closedAsTenantUpkeep(Long requestId, String explanation, Long actorId);

  /**
   * The report joins the open request that carries the same common-area fault; closed MERGED with a
   * text naming that request.
   */
  void merged(Long requestId, Long carrierRequestId, Long actorId);

  /** The caretaker asks for an intervention of a trade (a Trade name, or null: the category's). */
  void interventionAsked(Long requestId, String diagnosis, String trade, Long actorId);

  /**
   * The technical manager orders the intervention; returns the contractor's id, whose staff's group
   * gets the next tasks.
   *
   * @param appointment an ISO local date-time in Paris ("2026-03-10T09:30"), or null
   */
  Long ordered(
      Long requestId, Long contractorId, String appointment, String instructions, Long actorId);

  /** The contractor accepts with an appointment (ISO local date-time in Paris). */
  void accepted(Long requestId, String appointment, Long actorId);

  /** The contractor declines the order: the manager orders again. */
  void declined(Long requestId, String reason, Long actorId);

  /** The contractor reports the repair done; the tenant is asked to confirm it. */
  void done(Long requestId, String report, Integer minutesSpent, Long actorId);

  /** The contractor could not do the repair: the manager orders again. */
  void unable(Long requestId, String reason, Long actorId);

  /** The tenant confirmed the repair: the request is resolved, merged reports' tenants told. */
  void repairConfirmed(Long requestId);

  /** The tenant said it is not fixed: a new intervention is to be ordered. */
  void reopened(Long requestId);

  /** No answer from the tenant in time: the repair is presumed done and the request resolved. */
  void presumedDone(Long requestId);

  /**
   * A step was still open at its due date: flagged for the dashboard, noted in the history, the
   * agency's technical managers told.
   */
  void deadlineMissed(Long requestId, String stepKey, String stepName, Instant dueAt);

  /**
   * A complement reached the process: the staff working the request's open tasks are told by
   * e-mail. Returns the text to note on those tasks.
   */
  String complementReceived(Long requestId, Long complementId, Collection<Long> workerIds);
}
