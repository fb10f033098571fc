package fr.portail.domain.model.request;

/**
 * What a tenant can do to a running request; each is a message of the same name in the BPMN files,
 * caught where the process waits for it.
 */
public enum TenantSignal {
  /** The supporting document asked for was sent. */
  DOCUMENT_SENT,
  /** A new insurance attestation was sent. */
  ATTESTATION_SENT,
  /** A complement of information (text, photos) was added. */
  COMPLEMENT_ADDED,
  /** The tenant confirms the repair is done. */
  REPAIR_CONFIRMED,
  /** The tenant says the fault is still there. */
  REPAIR_NOT_FIXED
}
