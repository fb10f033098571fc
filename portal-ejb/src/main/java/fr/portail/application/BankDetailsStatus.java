package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The state of a contract's bank details for "Ma situation de solde": whether the RIB can change
 * here (it pays by direct debit), an open change, and an approved new account not yet in force
 * (masked) with the date it will be.
 */
public record BankDetailsStatus(
    Long contractId,
    boolean directDebit,
    String openRequestNumber,
    LocalDate scheduledFrom,
    String scheduledMaskedIban)
    implements Serializable {

  public boolean changeOpen() {
    return openRequestNumber != null;
  }

  public boolean scheduled() {
    return scheduledFrom != null;
  }

  /** "mettre à jour le RIB" is offered: direct debit, and no change waiting already. */
  public boolean mayChange() {
    return directDebit && !changeOpen();
  }
}
