package fr.portail.interfaces.tenant.web;

import fr.portail.application.InsuranceRenewalService;
import fr.portail.application.InsuranceStatusView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home insurance of the tenant's housing contracts, for the alerts of the home page and the
 * insurance card of "Mon dossier"; loaded once per page.
 */
@Named
@RequestScoped
public class MyInsurance {

  @Inject private InsuranceRenewalService insurance;

  private List<InsuranceStatusView> all;

  public List<InsuranceStatusView> getAll() {
    if (all == null) {
      all = insurance.myInsurance();
    }
    return all;
  }

  /** A housing contract has no attestation covering today, and none of it is being checked. */
  public boolean isAlert() {
    return getAll().stream().anyMatch(i -> !i.valid() && !i.underReview());
  }

  /** A contract whose attestation waits for the agency's check, or null. */
  public InsuranceStatusView getUnderReview() {
    return getAll().stream().filter(InsuranceStatusView::underReview).findFirst().orElse(null);
  }

  /** A contract still insured today whose renewal the agency opened and waits for, or null. */
  public InsuranceStatusView getAsked() {
    return getAll().stream()
        .filter(i -> i.valid() && i.requestNumber() != null && i.maySend())
        .findFirst()
        .orElse(null);
  }

  /** A contract whose attestation ends soon, no renewal under way, or null. */
  public InsuranceStatusView getExpiringSoon() {
    return getAll().stream()
        .filter(i -> i.valid() && i.expiresSoon() && i.requestNumber() == null)
        .findFirst()
        .orElse(null);
  }

  /** Whether the landlord insures one of the tenant's homes on his behalf. */
  public boolean isSubstituted() {
    return getAll().stream().anyMatch(i -> i.substitution() != null);
  }

  /** The insurance of one housing contract, or null. */
  public InsuranceStatusView of(Long contractId) {
    return getAll().stream()
        .filter(i -> i.contractId().equals(contractId))
        .findFirst()
        .orElse(null);
  }
}
