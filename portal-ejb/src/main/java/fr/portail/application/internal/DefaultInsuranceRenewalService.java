package fr.portail.application.internal;

import fr.portail.application.AttestationInput;
import fr.portail.application.FileUpload;
import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.application.InsuranceRenewalService;
import fr.portail.application.InsuranceStatusView;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RenewalReview;
import fr.portail.application.RequestView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.insurance.AttestationDecision;
import fr.portail.domain.model.insurance.AttestationPeriod;
import fr.portail.domain.model.insurance.AttestationSubmission;
import fr.portail.domain.model.insurance.InsuranceRenewal;
import fr.portail.domain.model.insurance.InsuranceRenewalRepository;
import fr.portail.domain.model.insurance.SubstituteInstallment;
import fr.portail.domain.model.insurance.SubstituteInsurance;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestStep;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.request.TenantResponded;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.UploadedFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultInsuranceRenewalService implements InsuranceRenewalService {

  /** The subject of a renewal the tenant opens, as "Mes demandes" lists it. */
  static final String TENANT_SUBJECT = "Attestation d'assurance habitation";

  /** An attestation ending within this many days is shown as "expires soon". */
  static final int EXPIRES_SOON_DAYS = 30;

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private InsuranceRenewalRepository renewals;
  @Inject private Uploads uploads;
  @Inject private RequestNotifications notifications;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Event<TenantResponded> responded;
  @Inject private Clock clock;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public List<InsuranceStatusView> myInsurance() {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    if (tenant.person() == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return contracts.findBySignatory(tenant.person().id()).stream()
        .filter(Contract::isActive)
        .filter(c -> c.kind() == ContractKind.LOGEMENT)
        .map(c -> status(c, today))
        .toList();
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView sendAttestation(Long contractId, AttestationInput input, FileUpload document) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    Contract contract = callers.activeContractOf(contractId, tenant);
    if (contract.kind() != ContractKind.LOGEMENT) {
      throw new InvalidInputException("contract", "insurance.contract.notHousing");
    }
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    AttestationPeriod period = checked(input, today);
    UploadedFile file = uploads.check(document, "attestation");

    // The daily scan may open a renewal for this contract at this very moment: one after the other.
    renewals.lockContract(contract.id());
    Optional<TenantRequest> open = requests.findOpen(contract.id(), RequestType.INSURANCE_RENEWAL);
    if (open.isPresent()) {
      return answer(open.get(), tenant, input, period, file, today, now);
    }
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            contract,
            tenant,
            RequestType.INSURANCE_RENEWAL,
            TENANT_SUBJECT,
            now);
    requests.store(request);
    RequestDocument stored = attach(request, file, tenant, now);
    LocalDate coverageEnd = renewals.coverageEnd(contract.id()).orElse(null);
    InsuranceRenewal renewal = InsuranceRenewal.requestedByTenant(request, coverageEnd);
    submit(renewal, input, period, today, stored, tenant, now);
    renewals.store(renewal);
    notifications.stepReached(request, request.steps().get(0));
    Map<String, Object> facts = new HashMap<>();
    facts.put(InsuranceRenewalProcessing.ATTESTATION_ATTACHED, true);
    if (coverageEnd != null) {
      facts.put(InsuranceRenewalProcessing.COVERAGE_ENDS_ON, coverageEnd.toString());
    }
    // Observed in this transaction by the workflow module, which starts the process.
    submitted.fire(request.submittedEvent(facts));
    return DefaultRequestService.tenantView(request, requests);
  }

  /** The tenant's attestation answers the open renewal, which must be waiting for one. */
  private RequestView answer(
      TenantRequest request,
      UserAccount tenant,
      AttestationInput input,
      AttestationPeriod period,
      UploadedFile file,
      LocalDate today,
      Instant now) {
    InsuranceRenewal renewal =
        renewals
            .findByRequest(request.id())
            .orElseThrow(() -> new IllegalStateException("no renewal for " + request.number()));
    if (!request.isWaitingForTenant() || renewal.pending().isPresent()) {
      throw new InvalidInputException(null, "insurance.underReview");
    }
    RequestDocument stored = attach(request, file, tenant, now);
    submit(renewal, input, period, today, stored, tenant, now);
    RequestStep step =
        request.tenantAnswered(
            "step.insurance.attestationReceived", null, tenant.displayName(), now);
    notifications.stepReached(request, step);
    // Delivered in this transaction to where the process waits; refused (and all undone) if it
    // waits no more.
    responded.fire(
        new TenantResponded(
            request.id(), request.number(), TenantSignal.ATTESTATION_SENT, true, Map.of()));
    return DefaultRequestService.tenantView(request, requests);
  }

  @Override
  @RolesAllowed(Role.CUSTOMER_OFFICER_NAME)
  public RenewalReview reviewForStaff(Long requestId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TenantRequest request =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("demande " + requestId));
    callers.requireInScope(request, staff);
    InsuranceRenewal renewal =
        renewals
            .findByRequest(request.id())
            .orElseThrow(() -> new NotFoundException("renouvellement " + requestId));
    LocalDate today = LocalDate.now(clock);
    Long contractId = request.contract().id();
    RenewalReview.Certificate current =
        onFile(contractId, today)
            .map(
                c ->
                    new RenewalReview.Certificate(
                        c.insurer(), c.policyNumber(), c.validFrom(), c.validTo(), c.covers(today)))
            .orElse(null);
    return new RenewalReview(
        request.id(),
        request.number(),
        renewal.openedByLandlord(),
        current,
        renewal.pending().map(DefaultInsuranceRenewalService::submission).orElse(null),
        renewal.submissions().stream()
            .filter(s -> !s.isPending())
            .map(DefaultInsuranceRenewalService::submission)
            .toList(),
        renewal.formalNoticeOn(),
        renewal.substitutionAllowedFrom());
  }

  private InsuranceStatusView status(Contract c, LocalDate today) {
    Optional<InsuranceCertificate> covering = contracts.insuranceCovering(c.id(), today);
    Optional<InsuranceCertificate> shown = covering.or(() -> contracts.latestInsurance(c.id()));
    Optional<TenantRequest> open = requests.findOpen(c.id(), RequestType.INSURANCE_RENEWAL);
    Optional<InsuranceRenewal> renewal = open.flatMap(r -> renewals.findByRequest(r.id()));
    boolean underReview = renewal.flatMap(InsuranceRenewal::pending).isPresent();
    String rejection =
        renewal
            .filter(r -> r.request().isWaitingForTenant())
            .flatMap(InsuranceRenewal::latest)
            .filter(s -> s.decision() == AttestationDecision.REJECTED)
            .map(AttestationSubmission::rejectionReason)
            .orElse(null);
    return new InsuranceStatusView(
        c.id(),
        c.fileNumber().value(),
        c.unit().address().street(),
        c.unit().address().city(),
        shown.map(InsuranceCertificate::insurer).orElse(null),
        shown.map(InsuranceCertificate::policyNumber).orElse(null),
        shown.map(InsuranceCertificate::validFrom).orElse(null),
        shown.map(InsuranceCertificate::validTo).orElse(null),
        covering.isPresent(),
        covering.filter(i -> i.validTo().isBefore(today.plusDays(EXPIRES_SOON_DAYS))).isPresent(),
        open.map(TenantRequest::number).orElse(null),
        open.map(r -> r.status().name()).orElse(null),
        underReview,
        rejection,
        renewal.map(InsuranceRenewal::formalNoticeOn).orElse(null),
        renewal.map(InsuranceRenewal::substitutionAllowedFrom).orElse(null),
        renewals.substitutionInForce(c.id(), today).map(s -> substitution(s, today)).orElse(null));
  }

  static InsuranceStatusView.Substitution substitution(SubstituteInsurance s, LocalDate today) {
    List<SubstituteInstallment> all = s.installments();
    return new InsuranceStatusView.Substitution(
        s.insurer(),
        s.policyNumber(),
        s.startsOn(),
        s.endsOn(),
        s.annualPremium().amount(),
        s.surchargePercent(),
        s.total().amount(),
        all.get(0).amount().amount(),
        all.get(all.size() - 1).amount().amount(),
        all.get(0).dueOn(),
        (int) all.stream().filter(i -> i.dueOn().isAfter(today) && !i.cancelled()).count());
  }

  /** The attestation on file: the one covering today, else the latest one. */
  private Optional<InsuranceCertificate> onFile(Long contractId, LocalDate today) {
    return contracts
        .insuranceCovering(contractId, today)
        .or(() -> contracts.latestInsurance(contractId));
  }

  private RequestDocument attach(
      TenantRequest request, UploadedFile file, UserAccount tenant, Instant now) {
    RequestDocument document =
        new RequestDocument(request, AttachmentKind.INSURANCE_ATTESTATION, file, tenant, now);
    requests.store(document);
    return document;
  }

  private static void submit(
      InsuranceRenewal renewal,
      AttestationInput input,
      AttestationPeriod period,
      LocalDate today,
      RequestDocument document,
      UserAccount tenant,
      Instant now) {
    try {
      renewal.submit(input.insurer(), input.policyNumber(), period, today, document, tenant, now);
    } catch (InvalidValueException e) {
      throw refused(e);
    }
  }

  /** The typed data checked as the domain will check it, each refusal named by its field. */
  private static AttestationPeriod checked(AttestationInput input, LocalDate today) {
    if (input == null) {
      throw new InvalidInputException("insurer", "insurance.insurer.invalid");
    }
    try {
      Checks.requireText(
          input.insurer(), AttestationSubmission.INSURER_MAX, "insurance.insurer.invalid");
      Checks.requireText(
          input.policyNumber(), AttestationSubmission.POLICY_MAX, "insurance.policy.invalid");
      return new AttestationPeriod(input.validFrom(), input.validTo()).requireAcceptableOn(today);
    } catch (InvalidValueException e) {
      throw refused(e);
    }
  }

  private static InvalidInputException refused(InvalidValueException e) {
    return new InvalidInputException(fieldOf(e.messageKey()), e.messageKey());
  }

  /** The form's field a refusal is about. */
  static String fieldOf(String messageKey) {
    return switch (messageKey) {
      case "insurance.insurer.invalid" -> "insurer";
      case "insurance.policy.invalid" -> "policyNumber";
      case "insurance.validFrom.required", "insurance.period.tooFarAhead" -> "validFrom";
      default -> "validTo";
    };
  }

  private static RenewalReview.Submission submission(AttestationSubmission s) {
    RequestDocument d = s.document();
    return new RenewalReview.Submission(
        s.id(),
        s.insurer(),
        s.policyNumber(),
        s.period().validFrom(),
        s.period().validTo(),
        d.id(),
        d.fileName(),
        d.type().contentType().startsWith("image/"),
        s.submittedAt(),
        s.decision().name(),
        s.decidedBy(),
        s.decidedAt(),
        s.rejectionReason());
  }
}
