package fr.portail.application.internal;

import fr.portail.application.AccessDeniedException;
import fr.portail.application.NotFoundException;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.technical.TechnicalReportRepository;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Resolves the calling account from the container's principal (the account id, as set at login) and
 * holds the ownership rules: a tenant reaches only the contracts he signed, staff only the
 * contracts of their agencies; a caretaker only the technical requests of his residences, a
 * contractor only those with an intervention ordered from his company.
 */
@ApplicationScoped
class CallerAccounts {

  /** The roles that see every request of their agencies. */
  private static final Set<Role> AGENCY_WIDE =
      EnumSet.of(Role.CUSTOMER_OFFICER, Role.TECHNICAL_MANAGER, Role.SOCIAL_ADVISOR);

  @Inject private UserAccountRepository accounts;
  @Inject private ContractRepository contracts;
  @Inject private TechnicalReportRepository technicalReports;

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
   * The request when the member of staff may see it: about a contract of one of his agencies for
   * the customer officers, technical managers and social advisors; a technical request of one of
   * his residences for a caretaker; a technical request with an intervention ordered from his
   * company for a contractor. Out of scope, a caretaker or contractor is refused ({@link
   * AccessDeniedException}, 403); other staff get "not found".
   */
  TenantRequest requireInScope(TenantRequest request, UserAccount staff) {
    boolean agencyWide = staff.roles().stream().anyMatch(AGENCY_WIDE::contains);
    if (agencyWide && staff.worksFor(request.contract().agency())) {
      return request;
    }
    boolean technical = request.type() == RequestType.TECHNICAL;
    if (technical
        && staff.hasRole(Role.CARETAKER)
        && staff.worksAtResidence(request.contract().unit().residence())) {
      return request;
    }
    if (technical
        && staff.hasRole(Role.CONTRACTOR)
        && staff.contractor() != null
        && technicalReports.orderedFrom(request.id(), staff.contractor().id())) {
      return request;
    }
    if (!agencyWide && (staff.hasRole(Role.CARETAKER) || staff.hasRole(Role.CONTRACTOR))) {
      throw new AccessDeniedException("demande " + request.id());
    }
    throw new NotFoundException("demande " + request.id());
  }

  /** Whether the account is a contractor's, which sees only what an intervention needs. */
  static boolean isContractor(UserAccount staff) {
    return staff.hasRole(Role.CONTRACTOR)
        && staff.roles().stream().noneMatch(AGENCY_WIDE::contains)
        && !staff.hasRole(Role.CARETAKER);
  }

  /** The contract when it belongs to one of the staff member's agencies; "not found" otherwise. */
  Contract requireInAgencies(Contract contract, UserAccount staff) {
    if (!staff.worksFor(contract.agency())) {
      throw new NotFoundException("contrat " + contract.id());
    }
    return contract;
  }
}
