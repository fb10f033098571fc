package fr.portail.workflow;

import org.flowable.common.engine.impl.identity.Authentication;

/**
 * Who made a process step happen: the account the inbox set as the engine's authenticated user
 * while it completes a task, none (null) for a timer or the process itself.
 */
public final class Actors {

  private Actors() {}

  /** The acting account's id, or null when no person acts (a timer, a job). */
  public static Long current() {
    String id = Authentication.getAuthenticatedUserId();
    return accountId(id);
  }

  /** An engine user id (an account id as text) as an account id; null if there is none. */
  public static Long accountId(String engineUserId) {
    if (engineUserId == null || engineUserId.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(engineUserId);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Runs the work with the account as the engine's authenticated user. */
  public static void as(Long accountId, Runnable work) {
    String previous = Authentication.getAuthenticatedUserId();
    Authentication.setAuthenticatedUserId(accountId == null ? null : String.valueOf(accountId));
    try {
      work.run();
    } finally {
      Authentication.setAuthenticatedUserId(previous);
    }
  }
}
