package fr.portail.workflow.profile;

import fr.portail.application.InvalidInputException;
import fr.portail.application.ProfileChangeProcessing;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what the process asked of the proposals, as "call:requestId:…" lines; refuses a blank
 * reason as the real service does, and can refuse an approval (the file changed meanwhile).
 */
final class RecordingProfileChangeProcessing implements ProfileChangeProcessing {

  final List<String> calls = new ArrayList<>();
  boolean refuseApprove;

  @Override
  public void approve(Long requestId, Long actorId) {
    if (refuseApprove) {
      throw new InvalidInputException(null, "profile.cannotApply");
    }
    calls.add("approve:" + requestId + ":" + actorId);
  }

  @Override
  public void reject(Long requestId, String reason, Long actorId) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "request.outcome.invalid");
    }
    calls.add("reject:" + requestId + ":" + reason + ":" + actorId);
  }

  @Override
  public void expire(Long requestId) {
    calls.add("expire:" + requestId);
  }
}
