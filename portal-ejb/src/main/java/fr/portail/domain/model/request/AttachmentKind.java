package fr.portail.domain.model.request;

/** What a file joined to a request is. */
public enum AttachmentKind {
  INSURANCE_ATTESTATION,
  BANK_DETAILS,
  SUPPORTING_DOCUMENT,
  PHOTO,
  INTERVENTION_REPORT
}
