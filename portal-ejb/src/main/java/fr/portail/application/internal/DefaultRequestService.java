package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestStep;
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

@Stateless
public class DefaultRequestService implements RequestService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private RequestNotifications notifications;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Clock clock;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView submitContactRequest(Long contractId, String subject, String message) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    Contract contract = callers.activeContractOf(contractId, tenant);
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
    notifications.stepReached(request, request.steps().get(0));
    // Observed in this transaction by the workflow module, which starts the process.
    submitted.fire(request.submittedEvent());
    // A contact request carries no document: nothing to look up.
    return tenantView(request, null);
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
    return requests.findByContracts(ids).stream().map(r -> tenantView(r, null)).toList();
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView myRequest(String number) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantRequest request =
        requests.findByNumber(number).orElseThrow(() -> new NotFoundException("demande " + number));
    callers.requireSignedBy(request.contract(), tenant);
    return tenantView(request, requests);
  }

  @Override
  @RolesAllowed({
    Role.CUSTOMER_OFFICER_NAME,
    Role.CARETAKER_NAME,
    Role.TECHNICAL_MANAGER_NAME,
    Role.CONTRACTOR_NAME,
    Role.SOCIAL_ADVISOR_NAME
  })
  public RequestView requestForStaff(Long requestId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TenantRequest request =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("demande " + requestId));
    callers.requireInScope(request, staff);
    RequestView view = view(request, request.steps(), requests.documentsOf(request.id()));
    return CallerAccounts.isContractor(staff) ? forContractor(view) : view;
  }

  /** What a contractor reads of a request: no file number, nothing of the tenant's account. */
  static RequestView forContractor(RequestView v) {
    return new RequestView(
        v.id(),
        v.number(),
        v.type(),
        v.status(),
        v.resolution(),
        v.subject(),
        v.message(),
        v.outcome(),
        v.contractId(),
        null,
        v.agencyCode(),
        v.residenceName(),
        v.tenantName(),
        v.submittedAt(),
        v.closedAt(),
        v.steps(),
        v.documents());
  }

  /** What the tenant reads: his steps only, and the documents when asked for (the detail page). */
  static RequestView tenantView(TenantRequest r, RequestRepository withDocuments) {
    return view(
        r, r.tenantSteps(), withDocuments == null ? List.of() : withDocuments.documentsOf(r.id()));
  }

  static RequestView view(
      TenantRequest r, List<RequestStep> steps, List<RequestDocument.Entry> documents) {
    Contract c = r.contract();
    return new RequestView(
        r.id(),
        r.number(),
        r.type().name(),
        r.status().name(),
        r.resolution() == null ? null : r.resolution().name(),
        r.subject(),
        r.message(),
        r.outcome(),
        c.id(),
        c.fileNumber().value(),
        c.agency().code(),
        c.unit().residence().name(),
        r.tenantName(),
        r.submittedAt(),
        r.closedAt(),
        steps.stream()
            .map(
                s ->
                    new RequestView.Step(
                        s.stepKey(), s.occurredAt(), s.actor(), s.detail(), s.tenantVisible()))
            .toList(),
        documents.stream()
            .map(
                d ->
                    new RequestView.Attachment(
                        d.id(),
                        d.kind().name(),
                        d.fileName(),
                        d.contentType(),
                        d.sizeBytes(),
                        d.uploadedAt()))
            .toList());
  }
}
