package fr.portail.application.internal;

import fr.portail.application.ContractSummary;
import fr.portail.application.TenantFileService;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Person;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed(Role.TENANT_NAME)
public class DefaultTenantFileService implements TenantFileService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private Clock clock;

  @Override
  public List<ContractSummary> myContracts() {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    if (tenant.person() == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return contracts.findBySignatory(tenant.person().id()).stream()
        .filter(Contract::isActive)
        .map(c -> summary(c, today))
        .toList();
  }

  @Override
  public String myName() {
    return callers.of(session.getCallerPrincipal()).displayName();
  }

  private ContractSummary summary(Contract c, LocalDate today) {
    String holders =
        c.signatories().stream().map(Person::displayName).collect(Collectors.joining(" et "));
    return new ContractSummary(
        c.id(),
        c.fileNumber().value(),
        c.clientReference().value(),
        c.kind().name(),
        holders,
        c.unit().address().street(),
        c.unit().address().postalCode(),
        c.unit().address().city(),
        contracts.balanceOf(c.id(), today).amount(),
        today,
        c.directDebitDay());
  }
}
