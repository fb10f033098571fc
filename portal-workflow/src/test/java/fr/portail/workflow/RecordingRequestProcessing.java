package fr.portail.workflow;

import fr.portail.application.InvalidInputException;
import fr.portail.application.RequestProcessing;
import fr.portail.domain.model.request.Resolution;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what a process asked of the requests, as "call:requestId:…" lines, so process tests
 * assert the path's effects; can refuse a close, as the real service refuses a blank outcome.
 */
public final class RecordingRequestProcessing implements RequestProcessing {

  public final List<String> calls = new ArrayList<>();
  public boolean refuseClose;

  @Override
  public void takenInHand(Long requestId, Long actorId) {
    calls.add("inProgress:" + requestId + ":" + actorId);
  }

  @Override
  public void record(
      Long requestId, String stepKey, String detail, Long actorId, boolean tenantFacing) {
    calls.add("step:" + requestId + ":" + stepKey + (tenantFacing ? "" : ":internal"));
  }

  @Override
  public void awaitTenant(Long requestId, String stepKey, String detail, Long actorId) {
    calls.add("await:" + requestId + ":" + stepKey);
  }

  @Override
  public void close(Long requestId, Resolution resolution, String outcome, Long actorId) {
    if (refuseClose || (resolution.needsReason() && (outcome == null || outcome.isBlank()))) {
      throw new InvalidInputException("outcome", "request.outcome.invalid");
    }
    calls.add("close:" + requestId + ":" + resolution + ":" + outcome);
  }

  /** The calls made, of one kind ("close", "step"…). */
  public List<String> of(String kind) {
    return calls.stream().filter(c -> c.startsWith(kind + ":")).toList();
  }
}
