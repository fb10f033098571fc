package fr.portail.interfaces.tenant.web;

import fr.portail.application.BankDetailsService;
import fr.portail.application.BankDetailsStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The state of each contract's bank details on "Ma situation de solde": may its RIB change here, is
 * a change waiting, is a new account approved for a coming date; loaded once per page.
 */
@Named("ribStatus")
@RequestScoped
public class BankDetailsStatuses {

  @Inject private BankDetailsService bankDetails;

  private List<BankDetailsStatus> statuses;

  /** The contract's state; null for a contract the tenant does not have. */
  public BankDetailsStatus of(Long contractId) {
    if (statuses == null) {
      statuses = bankDetails.myBankDetails();
    }
    return statuses.stream()
        .filter(s -> s.contractId().equals(contractId))
        .findFirst()
        .orElse(null);
  }
}
