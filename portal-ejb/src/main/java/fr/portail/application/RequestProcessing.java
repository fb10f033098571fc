package fr.portail.application;

import fr.portail.domain.model.request.Resolution;

/**
 * What the processes do to the requests they run: steps of the history (the tenant told by e-mail
 * of those he sees), waiting for the tenant, closing. Called only by the process engine (role
 * SYSTEM); the actor is the account that made the step happen, null for a timer.
 */
public interface RequestProcessing {

  /** A member of staff took the request in hand. */
  void takenInHand(Long requestId, Long actorId);

  /** A step of the history; a tenant-facing one is shown to him and sent by e-mail. */
  void record(Long requestId, String stepKey, String detail, Long actorId, boolean tenantFacing);

  /** The landlord now waits for the tenant (told by e-mail). */
  void awaitTenant(Long requestId, String stepKey, String detail, Long actorId);

  /** The request ends with this resolution; the tenant reads the outcome (and gets an e-mail). */
  void close(Long requestId, Resolution resolution, String outcome, Long actorId);
}
