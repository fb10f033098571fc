package fr.portail.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * "Ma situation de solde": a contract's balance today, its direct debit day and the bank details of
 * the mandate in force, masked (bank fields are null when the contract has no mandate).
 */
public record BalanceView(
    Long contractId,
    String fileNumber,
    String street,
    String city,
    BigDecimal balance,
    LocalDate asOf,
    Integer directDebitDay,
    String bankName,
    String maskedIban,
    String maskedBic,
    String holderName)
    implements Serializable {

  public boolean debtor() {
    return balance.signum() > 0;
  }

  public boolean hasMandate() {
    return maskedIban != null;
  }
}
