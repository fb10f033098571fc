package fr.portail.application.internal;

import fr.portail.application.NotFoundException;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.TenantRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Resolves the calling account from the container's principal (the account id, as set at login) and
 * holds the ownership rules: a tenant reaches only the contracts he signed, staff only the
 * contracts of their agencies.
 */
@ApplicationScoped
class CallerAccounts {

  @Inject private UserAccountRepository accounts;
  @Inject private ContractRepository contracts;

  UserAccount of(Principal principal) {
    if (principal == null) {
      throw new EJBAccessException("not authenticated");
    }
    long id;
    try {
      id = Long.parseLong(principal.getName());
    } catch (NumberFormatException e) {
      throw new EJBAccessException("not a portal account");
    }
    UserAccount account =
        accounts.find(id).orElseThrow(() -> new EJBAccessException("unknown account"));
    if (!account.enabled()) {
      throw new EJBAccessException("account disabled");
    }
    return account;
  }

  /**
   * An active contract the tenant signed, by id; "not found" for another's, an ended one or an
   * unknown id.
   */
  Contract activeContractOf(Long contractId, UserAccount tenant) {
    if (contractId == null) {
      throw new NotFoundException("contrat null");
    }
    return contracts
        .find(contractId)
        .map(c -> requireSignedBy(c, tenant))
        .filter(Contract::isActive)
        .orElseThrow(() -> new NotFoundException("contrat " + contractId));
  }

  /** The contract when the tenant signed it; "not found" otherwise, so ids cannot be probed. */
  Contract requireSignedBy(Contract contract, UserAccount tenant) {
    if (!tenant.hasRole(Role.TENANT)
        || tenant.person() == null
        || !contract.isSignedBy(tenant.person().id())) {
      throw new NotFoundException("contrat " + contract.id());
    }
    return contract;
  }

  /**
   * The request when the member of staff may see it: it is about a contract of one of his agencies;
   * "not found" otherwise.
   */
  TenantRequest requireInScope(TenantRequest request, UserAccount staff) {
    requireInAgencies(request.contract(), staff);
    return request;
  }

  /** The contract when it belongs to one of the staff member's agencies; "not found" otherwise. */
  Contract requireInAgencies(Contract contract, UserAccount staff) {
    if (!staff.worksFor(contract.agency())) {
      throw new NotFoundException("contrat " + contract.id());
    }
    return contract;
  }
}
