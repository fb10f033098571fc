package fr.portail.workflow.technical;

import fr.portail.application.InvalidInputException;
import fr.portail.application.TechnicalProcessing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Records what the technical process asked of its request, as "call:requestId:…" lines, so the
 * process test asserts each path's effects; refuses a blank text where the real service does, and
 * any report when told to (a failing step).
 */
public final class RecordingTechnicalProcessing implements TechnicalProcessing {

  public final List<String> calls = new ArrayList<>();
  public boolean refuseDone;

  @Override
  public void resolvedByCaretaker(Long requestId, String note, Long actorId) {
    required(note, "tenantText");
    calls.add("resolved:" + requestId + ":" + note + ":" + actorId);
  }

  @Override
  public void closedAsTenantUpkeep(Long requestId, String explanation, Long actorId) {
    required(explanation, "tenantText");
    calls.add("upkeep:" + requestId + ":" + explanation);
  }

  @Override
  public void merged(Long requestId, Long carrierRequestId, Long actorId) {
    if (carrierRequestId == null) {
      throw new InvalidInputException("carrier", "technical.merge.required");
    }
    calls.add("merged:" + requestId + ":" + carrierRequestId);
  }

  @Override
  public void interventionAsked(Long requestId, String diagnosis, String trade, Long actorId) {
    required(diagnosis, "diagnosis");
    calls.add("asked:" + requestId + ":" + diagnosis + ":" + trade);
  }

  @Override
  public Long ordered(
      Long requestId, Long contractorId, String appointment, String instructions, Long actorId) {
    if (contractorId == null) {
      throw new InvalidInputException("contractor", "technical.contractor.required");
    }
    calls.add("ordered:" + requestId + ":" + contractorId + ":" + appointment);
    return contractorId;
  }

  @Override
  public void accepted(Long requestId, String appointment, Long actorId) {
    required(appointment, "appointment");
    calls.add("accepted:" + requestId + ":" + appointment);
  }

  @Override
  public void declined(Long requestId, String reason, Long actorId) {
    required(reason, "reason");
    calls.add("declined:" + requestId + ":" + reason);
  }

  @Override
  public void done(Long requestId, String report, Integer minutesSpent, Long actorId) {
    if (refuseDone) {
      throw new InvalidInputException("report", "technical.report.invalid");
    }
    required(report, "report");
    calls.add("done:" + requestId + ":" + report + ":" + minutesSpent);
  }

  @Override
  public void unable(Long requestId, String reason, Long actorId) {
    required(reason, "reason");
    calls.add("unable:" + requestId + ":" + reason);
  }

  @Override
  public void repairConfirmed(Long requestId) {
    calls.add("confirmed:" + requestId);
  }

  @Override
  public void reopened(Long requestId) {
    calls.add("reopened:" + requestId);
  }

  @Override
  public void presumedDone(Long requestId) {
    calls.add("presumed:" + requestId);
  }

  @Override
  public void deadlineMissed(Long requestId, String stepKey, String stepName, Instant dueAt) {
    calls.add("late:" + requestId + ":" + stepKey + ":" + dueAt);
  }

  @Override
  public String complementReceived(Long requestId, Long complementId, Collection<Long> workerIds) {
    calls.add("complement:" + requestId + ":" + complementId + ":" + workerIds);
    return "Complément du locataire : n° " + complementId;
  }

  /** The calls made, of one kind ("late", "complement"…). */
  public List<String> of(String kind) {
    return calls.stream().filter(c -> c.startsWith(kind + ":")).toList();
  }

  private static void required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "technical." + field + ".invalid");
    }
  }
}
