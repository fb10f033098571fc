package fr.portail.domain.model.bank;

/** Where a change of bank details stands. */
public enum BankDetailsChangeStatus {
  /** Sent, waiting for the officer's decision: at most one per contract. */
  PENDING,
  /** Accepted: the mandate is amended from its effective date. */
  APPROVED,
  /** Refused: the mandate is unchanged. */
  REJECTED
}
