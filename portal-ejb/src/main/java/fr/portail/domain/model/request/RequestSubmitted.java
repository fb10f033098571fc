package fr.portail.domain.model.request;

/**
 * Raised in the submitting transaction when a tenant sends a request; the workflow module turns it
 * into a process start in that same transaction.
 */
public record RequestSubmitted(
    Long requestId, String requestNumber, RequestType type, String agencyCode, Long contractId) {}
