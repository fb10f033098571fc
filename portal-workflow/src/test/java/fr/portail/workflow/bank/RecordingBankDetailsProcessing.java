package fr.portail.workflow.bank;

import fr.portail.application.BankDetailsProcessing;
import fr.portail.application.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what the process asked of the changes of bank details, as "call:requestId:…:actor" lines;
 * refuses a blank reason as the real service does, and can be told to fail an approval.
 */
public final class RecordingBankDetailsProcessing implements BankDetailsProcessing {

  public final List<String> calls = new ArrayList<>();
  public LocalDate effectiveFrom = LocalDate.of(2026, 4, 5);
  public boolean refuseApproval;

  @Override
  public LocalDate approve(Long requestId, Long actorId) {
    if (refuseApproval) {
      throw new InvalidInputException(null, "bank.approve.noDirectDebit");
    }
    calls.add("approve:" + requestId + ":" + actorId);
    return effectiveFrom;
  }

  @Override
  public void reject(Long requestId, String reason, Long actorId) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("outcome", "request.outcome.invalid");
    }
    calls.add("reject:" + requestId + ":" + reason + ":" + actorId);
  }
}
