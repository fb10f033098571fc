package fr.portail.infrastructure.batch;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.domain.model.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What the batch jobs do on the landlord's behalf, under the process engine's identity (role
 * SYSTEM), the only one the process-facing services admit: a job runs with no caller of its own.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM_NAME)
public class LandlordActions {

  @Inject private InsuranceRenewalProcessing renewals;

  /** Opens a renewal for the contract; null when one was open already. */
  public Long openRenewal(Long contractId) {
    return renewals.openOnExpiry(contractId);
  }
}
