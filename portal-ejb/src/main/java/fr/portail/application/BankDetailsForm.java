package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the RIB form shows of one of the tenant's contracts: whether it pays by direct debit (only
 * then can its RIB change here), the account debited now (masked), an open change if any, the first
 * debit the new account could take if approved today, and the holder's identity and address to
 * start from (the tenant's own, to correct if another person holds the account).
 */
public record BankDetailsForm(
    Long contractId,
    String fileNumber,
    String street,
    String city,
    boolean directDebit,
    Integer directDebitDay,
    String bankName,
    String maskedIban,
    String openRequestNumber,
    LocalDate earliestEffectiveFrom,
    BankDetailsInput start)
    implements Serializable {

  public boolean changeOpen() {
    return openRequestNumber != null;
  }
}
