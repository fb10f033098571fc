package fr.portail.domain.model.insurance;

/** Where an attestation sent by the tenant stands. */
public enum AttestationDecision {
  /** Sent, waiting for a customer officer to check it against the document. */
  PENDING,
  /** Checked and recorded as the contract's insurance. */
  ACCEPTED,
  /** Refused with a reason the tenant reads; he may send another. */
  REJECTED
}
