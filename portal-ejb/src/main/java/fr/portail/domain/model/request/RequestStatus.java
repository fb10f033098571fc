package fr.portail.domain.model.request;

/** Where a request stands, as the tenant reads it. */
public enum RequestStatus {
  SUBMITTED,
  IN_PROGRESS,
  /** The landlord waits for something from the tenant (a document, an answer). */
  WAITING_TENANT,
  CLOSED
}
