package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.application.InvalidInputException;
import fr.portail.application.SubstitutionInput;
import fr.portail.domain.model.insurance.SubstituteInsurance;
import fr.portail.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what the process asked of the renewals, as "call:requestId:…" lines, so process tests
 * assert the path's effects; refuses what the real service refuses (a refusal without reason, an
 * increase above 10 %), and an acceptance when told to.
 */
final class RecordingInsuranceRenewalProcessing implements InsuranceRenewalProcessing {

  final List<String> calls = new ArrayList<>();
  boolean refuseAccept;

  @Override
  public void attestationRequested(Long requestId) {
    calls.add("requested:" + requestId);
  }

  @Override
  public void reminded(Long requestId) {
    calls.add("reminded:" + requestId);
  }

  @Override
  public void formalNoticeServed(Long requestId) {
    calls.add("notice:" + requestId);
  }

  @Override
  public void accept(Long requestId, Long actorId) {
    if (refuseAccept) {
      throw new IllegalStateException("base de données indisponible");
    }
    calls.add("accept:" + requestId + ":" + actorId);
  }

  @Override
  public void reject(Long requestId, String reason, Long actorId) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "insurance.reason.required");
    }
    calls.add("reject:" + requestId + ":" + reason + ":" + actorId);
  }

  @Override
  public void substitute(Long requestId, SubstitutionInput input, Long actorId) {
    try {
      SubstituteInsurance.requireSurcharge(new BigDecimal(input.surchargePercent()));
    } catch (InvalidValueException | NumberFormatException e) {
      throw new InvalidInputException("surchargePercent", "insurance.surcharge.invalid");
    }
    calls.add(
        "substitute:"
            + requestId
            + ":"
            + input.insurer()
            + ":"
            + input.annualPremium()
            + ":"
            + input.surchargePercent()
            + ":"
            + actorId);
  }

  @Override
  public Long openOnExpiry(Long contractId) {
    throw new UnsupportedOperationException("the scan opens renewals, not the process");
  }

  /** The calls made, of one kind ("reminded", "accept"…). */
  List<String> of(String kind) {
    return calls.stream().filter(c -> c.startsWith(kind + ":")).toList();
  }
}
