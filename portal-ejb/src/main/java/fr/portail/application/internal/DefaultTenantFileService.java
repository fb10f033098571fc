package fr.portail.application.internal;

import fr.portail.application.ActivityView;
import fr.portail.application.BalanceView;
import fr.portail.application.ContactView;
import fr.portail.application.ContractDetail;
import fr.portail.application.ContractSummary;
import fr.portail.application.TenantFileService;
import fr.portail.application.TenantFileView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed(Role.TENANT_NAME)
public class DefaultTenantFileService implements TenantFileService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private fr.portail.domain.model.account.UserAccountRepository accounts;
  @Inject private Clock clock;

  @Override
  public List<ContractSummary> myContracts() {
    LocalDate today = LocalDate.now(clock);
    return activeContracts(tenant()).stream().map(c -> summary(c, today)).toList();
  }

  @Override
  public TenantFileView myFile() {
    UserAccount tenant = tenant();
    Person p = tenant.person();
    LocalDate today = LocalDate.now(clock);
    List<TenantFileView.Insurance> insurances =
        activeContracts(tenant).stream()
            .filter(c -> c.kind() == ContractKind.LOGEMENT)
            .map(c -> insurance(c, today))
            .toList();
    return new TenantFileView(
        p.civility().name(),
        p.displayName(),
        tenant.email().value(),
        p.contactEmail() == null ? null : p.contactEmail().value(),
        display(p.homePhone()),
        display(p.mobilePhone()),
        display(p.workPhone()),
        p.cafNumber(),
        insurances);
  }

  @Override
  public List<ContractDetail> myContractDetails() {
    return activeContracts(tenant()).stream()
        .map(
            c ->
                new ContractDetail(
                    c.id(),
                    c.fileNumber().value(),
                    c.kind().name(),
                    holders(c),
                    c.unit().address().street(),
                    c.unit().address().postalCode(),
                    c.unit().address().city(),
                    c.unit().location(),
                    c.startDate(),
                    c.occupants().stream()
                        .sorted(
                            Comparator.comparing(
                                (fr.portail.domain.model.contract.Occupant o) -> !o.signatory()))
                        .map(
                            o ->
                                new ContractDetail.Occupant(
                                    o.person().civility().name(),
                                    o.person().lastName(),
                                    o.person().firstName(),
                                    o.person().birthDate(),
                                    o.relationship(),
                                    o.signatory()))
                        .toList()))
        .toList();
  }

  @Override
  public List<BalanceView> myBalances() {
    LocalDate today = LocalDate.now(clock);
    return activeContracts(tenant()).stream()
        .map(
            c -> {
              var mandate = contracts.mandateInForce(c.id(), today);
              return new BalanceView(
                  c.id(),
                  c.fileNumber().value(),
                  c.unit().address().street(),
                  c.unit().address().city(),
                  contracts.balanceOf(c.id(), today).amount(),
                  today,
                  c.directDebitDay(),
                  mandate.map(m -> m.bankName()).orElse(null),
                  mandate.map(m -> m.iban().masked()).orElse(null),
                  mandate.map(m -> m.maskedBic()).orElse(null),
                  mandate.map(m -> m.holderName()).orElse(null));
            })
        .toList();
  }

  @Override
  public List<ContactView> myContacts() {
    Map<Long, Residence> residences = new LinkedHashMap<>();
    for (Contract c : activeContracts(tenant())) {
      residences.putIfAbsent(c.unit().residence().id(), c.unit().residence());
    }
    return residences.values().stream().map(this::contacts).toList();
  }

  @Override
  public List<ActivityView> latestActivity(int max) {
    UserAccount tenant = tenant();
    List<Contract> mine = activeContracts(tenant);
    List<Long> ids = mine.stream().map(Contract::id).toList();
    List<ActivityView> activity = new ArrayList<>();
    requests.findByContracts(ids).stream()
        .limit(max)
        .forEach(
            r ->
                activity.add(
                    new ActivityView(
                        r.submittedAt().atZone(clock.getZone()).toLocalDate(),
                        r.submittedAt(),
                        "REQUEST",
                        r.number(),
                        null)));
    accounts
        .latestLogins(tenant.id(), max)
        .forEach(
            at ->
                activity.add(
                    new ActivityView(
                        at.atZone(clock.getZone()).toLocalDate(), at, "LOGIN", null, null)));
    contracts
        .latestPayments(ids, max)
        .forEach(
            p ->
                activity.add(
                    new ActivityView(
                        p.entryDate(),
                        null,
                        "PAYMENT",
                        p.contract().fileNumber().value(),
                        p.amount().abs().amount())));
    return activity.stream()
        .sorted(
            Comparator.comparing(ActivityView::day)
                .thenComparing(
                    a ->
                        a.at() == null ? a.day().atStartOfDay(clock.getZone()).toInstant() : a.at())
                .reversed())
        .limit(max)
        .toList();
  }

  @Override
  public boolean insuranceMissing() {
    LocalDate today = LocalDate.now(clock);
    return activeContracts(tenant()).stream()
        .filter(c -> c.kind() == ContractKind.LOGEMENT)
        .anyMatch(c -> !insurance(c, today).valid());
  }

  private ContactView contacts(Residence r) {
    Agency a = r.agency();
    return new ContactView(
        r.name(),
        r.caretakerName(),
        r.caretakerHours(),
        display(r.caretakerPhone()),
        a.name(),
        a.address().street(),
        a.address().postalCode(),
        a.address().city(),
        a.openingHours(),
        display(a.phone()),
        display(a.onCallPhone()),
        a.onCallHours(),
        contracts.contactsOf(a.id()).stream()
            .map(
                c ->
                    new ContactView.Contact(
                        c.service().name(),
                        c.name(),
                        display(c.phone()),
                        c.email() == null ? null : c.email().value(),
                        c.hours()))
            .toList());
  }

  private TenantFileView.Insurance insurance(Contract c, LocalDate today) {
    // An attestation sent ahead of its start ends last but does not cover today yet: the one that
    // does is shown while it lasts.
    Optional<InsuranceCertificate> covering = contracts.insuranceCovering(c.id(), today);
    return covering
        .or(() -> contracts.latestInsurance(c.id()))
        .map(
            i ->
                new TenantFileView.Insurance(
                    c.id(),
                    c.fileNumber().value(),
                    i.insurer(),
                    i.policyNumber(),
                    i.validFrom(),
                    i.validTo(),
                    covering.isPresent()))
        .orElse(
            new TenantFileView.Insurance(
                c.id(), c.fileNumber().value(), null, null, null, null, false));
  }

  private UserAccount tenant() {
    return callers.of(session.getCallerPrincipal());
  }

  private List<Contract> activeContracts(UserAccount tenant) {
    if (tenant.person() == null) {
      return List.of();
    }
    return contracts.findBySignatory(tenant.person().id()).stream()
        .filter(Contract::isActive)
        .toList();
  }

  private ContractSummary summary(Contract c, LocalDate today) {
    return new ContractSummary(
        c.id(),
        c.fileNumber().value(),
        c.clientReference().value(),
        c.kind().name(),
        holders(c),
        c.unit().address().street(),
        c.unit().address().postalCode(),
        c.unit().address().city(),
        contracts.balanceOf(c.id(), today).amount(),
        today,
        c.directDebitDay());
  }

  private static String holders(Contract c) {
    return c.signatories().stream().map(Person::displayName).collect(Collectors.joining(" et "));
  }

  private static String display(PhoneNumber phone) {
    return phone == null ? null : phone.display();
  }
}
