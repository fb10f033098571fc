package fr.portail.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the tenant's pages show of one of his contracts. */
public record ContractSummary(
    Long id,
    String fileNumber,
    String clientReference,
    String kind,
    String holderName,
    String street,
    String postalCode,
    String city,
    BigDecimal balance,
    LocalDate balanceDate,
    Integer directDebitDay)
    implements Serializable {

  /** The tenant owes money: the account is débiteur. */
  public boolean debtor() {
    return balance.signum() > 0;
  }
}
