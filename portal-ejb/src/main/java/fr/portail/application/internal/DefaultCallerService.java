package fr.portail.application.internal;

import fr.portail.application.CallerService;
import fr.portail.domain.model.account.CandidateGroups;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({
  Role.TENANT_NAME,
  Role.CUSTOMER_OFFICER_NAME,
  Role.CARETAKER_NAME,
  Role.TECHNICAL_MANAGER_NAME,
  Role.CONTRACTOR_NAME,
  Role.SOCIAL_ADVISOR_NAME,
  Role.ANALYST_NAME,
  Role.ADMIN_NAME
})
public class DefaultCallerService implements CallerService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;

  @Override
  public Caller current() {
    UserAccount account = callers.of(session.getCallerPrincipal());
    return new Caller(
        account.id(),
        account.displayName(),
        account.roles().stream().map(Role::name).collect(Collectors.toSet()),
        account.agencies().stream().map(Agency::code).collect(Collectors.toSet()),
        CandidateGroups.of(account));
  }
}
