package fr.portail.domain.model.request;

import java.util.Map;

/**
 * Raised in the submitting transaction when a request is opened (by a tenant, or by the landlord's
 * batch work); the workflow module turns it into a process start in that same transaction.
 *
 * @param facts what the process needs to know from the start, by name (e.g. whether a document came
 *     with the request); values are strings, numbers or booleans
 */
public record RequestSubmitted(
    Long requestId,
    String requestNumber,
    RequestType type,
    String agencyCode,
    Long contractId,
    Long residenceId,
    String residenceName,
    String tenantName,
    Map<String, Object> facts) {

  public RequestSubmitted {
    facts = Map.copyOf(facts);
  }
}
