package fr.portail.domain.model.request;

import java.util.Map;

/**
 * Raised in the tenant's transaction when he answers or adds to a running request; the workflow
 * module passes it to the request's process in that same transaction.
 *
 * @param awaited whether the process must be waiting for it (an answer asked for); when it is not,
 *     the tenant's change is refused and rolled back. A complement that may come at any time is not
 *     awaited: it is kept on the request whether or not the process listens at that moment.
 * @param facts what the process reads of the answer, by name
 */
public record TenantResponded(
    Long requestId,
    String requestNumber,
    TenantSignal signal,
    boolean awaited,
    Map<String, Object> facts) {

  public TenantResponded {
    facts = Map.copyOf(facts);
  }
}
