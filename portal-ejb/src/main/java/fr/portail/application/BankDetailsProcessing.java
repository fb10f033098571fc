package fr.portail.application;

import java.time.LocalDate;

/**
 * What the {@code bankDetailsChange} process does to a change of bank details once the officer
 * decided. Called only by the process engine (role SYSTEM); the actor is the deciding account.
 */
public interface BankDetailsProcessing {

  /**
   * Amends the contract's mandate (same reference, new account) from the first debit day at least
   * 14 days away, tells the tenant that date, and closes the request as approved.
   *
   * @return the first day the new account is debited
   */
  LocalDate approve(Long requestId, Long actorId);

  /** Closes the request as refused with the reason the tenant reads; the mandate is unchanged. */
  void reject(Long requestId, String reason, Long actorId);
}
