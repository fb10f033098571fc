package fr.portail.infrastructure.batch;

import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.insurance.InsuranceRenewalRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestType;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a contract read by the scan again, in the chunk's transaction: still active, still
 * uncovered at the horizon and without an open renewal (else filtered out: a rerun opens nothing
 * twice); a contract without signatory cannot be asked anything and is skipped, with its reason.
 */
@Named
@Dependent
public class InsuranceExpiryProcessor implements ItemProcessor {

  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private InsuranceRenewalRepository renewals;
  @Inject private Clock clock;

  @Inject
  @BatchProperty(name = InsuranceExpiryScan.DAYS_AHEAD)
  String daysAhead;

  @Inject
  @ConfigProperty(name = "portal.insurance.expiry-scan.days-ahead", defaultValue = "15")
  int configuredDaysAhead;

  private LocalDate horizon;

  @Override
  public Object processItem(Object item) {
    if (horizon == null) {
      horizon = InsuranceExpiryScan.horizon(daysAhead, configuredDaysAhead, LocalDate.now(clock));
    }
    long contractId = (Long) item;
    Contract contract =
        contracts
            .find(contractId)
            .orElseThrow(() -> new ContractSkipped(contractId, "contrat introuvable"));
    if (!contract.isActive()) {
      return null;
    }
    if (contract.signatories().isEmpty()) {
      throw new ContractSkipped(contractId, "aucun signataire à qui demander l'attestation");
    }
    if (requests.findOpen(contractId, RequestType.INSURANCE_RENEWAL).isPresent()) {
      return null;
    }
    if (renewals.coverageEnd(contractId).filter(end -> !end.isBefore(horizon)).isPresent()) {
      return null;
    }
    return contractId;
  }
}
