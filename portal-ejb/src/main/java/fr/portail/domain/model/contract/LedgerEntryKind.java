package fr.portail.domain.model.contract;

/** What moved the account: a rent call (avis d'échéance), a payment or an adjustment. */
public enum LedgerEntryKind {
  RENT_CALL,
  PAYMENT,
  ADJUSTMENT
}
