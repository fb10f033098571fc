package fr.portail.domain.model.contract;

/** The monthly documents of a contract: avis d'échéance and quittance. */
public enum DocumentKind {
  RENT_NOTICE,
  RECEIPT
}
