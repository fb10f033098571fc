package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

@Stateless
public class DefaultRequestService implements RequestService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Clock clock;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView submitContactRequest(Long contractId, String subject, String message) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    Contract contract =
        contracts
            .find(contractId)
            .map(c -> callers.requireSignedBy(c, tenant))
            .filter(Contract::isActive)
            .orElseThrow(() -> new NotFoundException("contrat " + contractId));
    TenantRequest request;
    try {
      request =
          TenantRequest.submit(
              requests.nextNumber(),
              contract,
              tenant,
              RequestType.CONTACT,
              subject,
              message,
              clock.instant());
    } catch (InvalidValueException e) {
      String field = e.messageKey().startsWith("request.subject") ? "subject" : "message";
      throw new InvalidInputException(field, e.messageKey());
    }
    requests.store(request);
    // Observed in this transaction by the workflow module, which starts the process.
    submitted.fire(request.submittedEvent());
    return view(request);
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public List<RequestView> myRequests() {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    if (tenant.person() == null) {
      return List.of();
    }
    List<Long> ids =
        contracts.findBySignatory(tenant.person().id()).stream().map(Contract::id).toList();
    return requests.findByContracts(ids).stream().map(DefaultRequestService::view).toList();
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView myRequest(String number) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantRequest request =
        requests.findByNumber(number).orElseThrow(() -> new NotFoundException("demande " + number));
    callers.requireSignedBy(request.contract(), tenant);
    return view(request);
  }

  @Override
  @RolesAllowed(Role.CUSTOMER_OFFICER_NAME)
  public RequestView requestForStaff(Long requestId) {
    return view(staffRequest(requestId));
  }

  @Override
  @RolesAllowed(Role.CUSTOMER_OFFICER_NAME)
  public void markInProgress(Long requestId) {
    TenantRequest request = staffRequest(requestId);
    if (request.isOpen()) {
      request.takenInHand(callers.of(session.getCallerPrincipal()).displayName(), clock.instant());
    }
  }

  @Override
  @RolesAllowed(Role.CUSTOMER_OFFICER_NAME)
  public void close(Long requestId, String outcome) {
    TenantRequest request = staffRequest(requestId);
    try {
      request.close(
          outcome, callers.of(session.getCallerPrincipal()).displayName(), clock.instant());
    } catch (InvalidValueException e) {
      throw new InvalidInputException("outcome", e.messageKey());
    }
  }

  private TenantRequest staffRequest(Long requestId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TenantRequest request =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("demande " + requestId));
    callers.requireInAgencies(request.contract(), staff);
    return request;
  }

  static RequestView view(TenantRequest r) {
    Contract c = r.contract();
    return new RequestView(
        r.id(),
        r.number(),
        r.type().name(),
        r.status().name(),
        r.subject(),
        r.message(),
        r.outcome(),
        c.fileNumber().value(),
        c.agency().code(),
        c.signatories().stream().map(Person::displayName).collect(Collectors.joining(" et ")),
        r.submittedAt(),
        r.closedAt(),
        r.steps().stream()
            .map(s -> new RequestView.Step(s.stepKey(), s.occurredAt(), s.actor()))
            .toList());
  }
}
