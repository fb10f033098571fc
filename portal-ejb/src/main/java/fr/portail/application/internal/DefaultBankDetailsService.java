package fr.portail.application.internal;

import fr.portail.application.BankDetailsForm;
import fr.portail.application.BankDetailsInput;
import fr.portail.application.BankDetailsRefusedException;
import fr.portail.application.BankDetailsReview;
import fr.portail.application.BankDetailsService;
import fr.portail.application.BankDetailsStatus;
import fr.portail.application.FieldProblem;
import fr.portail.application.FileUpload;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.bank.AccountHolder;
import fr.portail.domain.model.bank.AmendmentSchedule;
import fr.portail.domain.model.bank.BankDetailRefused;
import fr.portail.domain.model.bank.BankDetailsChange;
import fr.portail.domain.model.bank.BankDetailsChangeRepository;
import fr.portail.domain.model.bank.Bic;
import fr.portail.domain.model.bank.SepaIban;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.contract.Iban;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.UploadedFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

@Stateless
public class DefaultBankDetailsService implements BankDetailsService {

  /** The form's field of the RIB document, named in refusals. */
  static final String DOCUMENT_FIELD = "document";

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private BankDetailsChangeRepository changes;
  @Inject private RequestRepository requests;
  @Inject private RequestNotifications notifications;
  @Inject private Uploads uploads;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Clock clock;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public BankDetailsForm form(Long contractId) {
    UserAccount tenant = tenant();
    Contract contract = callers.activeContractOf(contractId, tenant);
    LocalDate today = LocalDate.now(clock);
    DirectDebitMandate inForce = contracts.mandateInForce(contract.id(), today).orElse(null);
    boolean directDebit = BankDetailsChange.paysByDirectDebit(contract, inForce);
    Person person = tenant.person();
    Address home = contract.unit().address();
    return new BankDetailsForm(
        contract.id(),
        contract.fileNumber().value(),
        home.street(),
        home.city(),
        directDebit,
        contract.directDebitDay(),
        inForce == null ? null : inForce.bankName(),
        inForce == null ? null : inForce.iban().masked(),
        requests
            .findOpen(contract.id(), RequestType.BANK_DETAILS_CHANGE)
            .map(TenantRequest::number)
            .orElse(null),
        directDebit ? AmendmentSchedule.effectiveFrom(today, contract.directDebitDay()) : null,
        new BankDetailsInput(
            null,
            null,
            null,
            person.lastName(),
            person.firstName(),
            home.street(),
            home.postalCode(),
            home.city()));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public List<BankDetailsStatus> myBankDetails() {
    UserAccount tenant = tenant();
    if (tenant.person() == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    List<BankDetailsStatus> statuses = new ArrayList<>();
    for (Contract c : contracts.findBySignatory(tenant.person().id())) {
      if (!c.isActive()) {
        continue;
      }
      DirectDebitMandate inForce = contracts.mandateInForce(c.id(), today).orElse(null);
      DirectDebitMandate scheduled =
          changes.latestMandate(c.id()).filter(m -> m.effectiveFrom().isAfter(today)).orElse(null);
      statuses.add(
          new BankDetailsStatus(
              c.id(),
              BankDetailsChange.paysByDirectDebit(c, inForce),
              requests
                  .findOpen(c.id(), RequestType.BANK_DETAILS_CHANGE)
                  .map(TenantRequest::number)
                  .orElse(null),
              scheduled == null ? null : scheduled.effectiveFrom(),
              scheduled == null ? null : scheduled.iban().masked()));
    }
    return statuses;
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public List<FieldProblem> checkIban(Long contractId, String iban) {
    Contract contract = callers.activeContractOf(contractId, tenant());
    List<FieldProblem> problems = new ArrayList<>();
    Iban parsed = attempt(problems, () -> SepaIban.parse(iban));
    if (parsed != null) {
      requireNewAccount(problems, parsed, contract);
    }
    return problems;
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public List<FieldProblem> check(Long contractId, BankDetailsInput input) {
    Contract contract = callers.activeContractOf(contractId, tenant());
    List<FieldProblem> problems = new ArrayList<>();
    read(input, contract, problems);
    return problems;
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView submit(Long contractId, BankDetailsInput input, FileUpload ribDocument) {
    UserAccount tenant = tenant();
    Contract contract = callers.activeContractOf(contractId, tenant);
    // A second submission on this contract (a double click) waits here for the first to end.
    changes.lockContract(contract.id());
    LocalDate today = LocalDate.now(clock);
    DirectDebitMandate inForce = contracts.mandateInForce(contract.id(), today).orElse(null);
    if (!BankDetailsChange.paysByDirectDebit(contract, inForce)) {
      throw new InvalidInputException(null, "bank.noDirectDebit");
    }
    if (changes.findPending(contract.id()).isPresent()) {
      throw new InvalidInputException(null, "bank.alreadyPending");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Typed typed = read(input, contract, problems);
    UploadedFile file = null;
    try {
      file = uploads.check(ribDocument, DOCUMENT_FIELD);
    } catch (InvalidInputException e) {
      problems.add(new FieldProblem(DOCUMENT_FIELD, e.messageKey(), List.of()));
    }
    if (!problems.isEmpty()) {
      throw new BankDetailsRefusedException(problems);
    }
    Instant now = clock.instant();
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            contract,
            tenant,
            RequestType.BANK_DETAILS_CHANGE,
            subject(typed.iban()),
            now);
    requests.store(request);
    changes.store(
        BankDetailsChange.requested(
            request,
            typed.iban(),
            typed.bic(),
            typed.bankName(),
            typed.holder(),
            changes.latestMandate(contract.id()).orElse(inForce)));
    requests.store(new RequestDocument(request, AttachmentKind.BANK_DETAILS, file, tenant, now));
    notifications.stepReached(request, request.steps().get(0));
    // Observed in this transaction by the workflow module, which starts the process.
    submitted.fire(request.submittedEvent(Map.of()));
    return DefaultRequestService.tenantView(request, requests);
  }

  @Override
  @RolesAllowed(Role.CUSTOMER_OFFICER_NAME)
  public BankDetailsReview review(Long requestId) {
    UserAccount officer = callers.of(session.getCallerPrincipal());
    TenantRequest request =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("demande " + requestId));
    callers.requireInScope(request, officer);
    BankDetailsChange change =
        changes
            .findByRequest(requestId)
            .orElseThrow(() -> new NotFoundException("changement de RIB " + requestId));
    Contract contract = request.contract();
    DirectDebitMandate onFile = onFileBefore(change);
    AccountHolder holder = change.holder();
    List<BankDetailsReview.Row> rows = new ArrayList<>();
    rows.add(
        row(
            "review.iban",
            onFile == null ? null : onFile.iban().masked(),
            SepaIban.grouped(change.iban()),
            onFile == null || !onFile.iban().equals(change.iban())));
    rows.add(
        row(
            "review.bic",
            onFile == null ? null : onFile.bic(),
            change.bic().value(),
            onFile == null || !sameBank(onFile.bic(), change.bic().value())));
    rows.add(
        row(
            "review.bankName",
            onFile == null ? null : onFile.bankName(),
            change.bankName(),
            onFile == null || !sameText(onFile.bankName(), change.bankName())));
    rows.add(
        row(
            "review.holder",
            onFile == null ? null : onFile.holderName(),
            holder.displayName(),
            onFile == null || !sameText(onFile.holderName(), holder.displayName())));
    Address newAddress = holder.address();
    Address oldAddress = onFile == null ? null : onFile.holderAddress();
    rows.add(
        row(
            "review.address",
            oldAddress == null ? null : oldAddress.toString(),
            newAddress.toString(),
            !newAddress.equals(oldAddress)));
    Integer debitDay = contract.directDebitDay();
    return new BankDetailsReview(
        request.id(),
        change.status().name(),
        onFile == null ? null : onFile.reference(),
        debitDay,
        rows,
        change.isPending() && debitDay != null
            ? AmendmentSchedule.effectiveFrom(LocalDate.now(clock), debitDay)
            : null,
        change.effectiveFrom(),
        contract.signatories().stream()
            .anyMatch(
                p ->
                    sameText(p.lastName(), holder.lastName())
                        && sameText(p.firstName(), holder.firstNames())));
  }

  /** The mandate the change is compared with: the latest one, or the one its approval amended. */
  private DirectDebitMandate onFileBefore(BankDetailsChange change) {
    Long contractId = change.contract().id();
    if (change.amendment() == null) {
      return changes.latestMandate(contractId).orElse(null);
    }
    return contracts
        .mandateInForce(contractId, change.amendment().effectiveFrom().minusDays(1))
        .orElse(null);
  }

  /** What the tenant typed, checked; every problem is added to the list. */
  private Typed read(BankDetailsInput input, Contract contract, List<FieldProblem> problems) {
    Iban iban = attempt(problems, () -> SepaIban.parse(input.iban()));
    if (iban != null) {
      requireNewAccount(problems, iban, contract);
    }
    Bic bic = attempt(problems, () -> new Bic(input.bic()));
    if (iban != null && bic != null) {
      attempt(
          problems,
          () -> {
            BankDetailsChange.requireAgreement(bic, iban);
            return bic;
          });
    }
    String bankName = attempt(problems, () -> BankDetailsChange.bankName(input.bankName()));
    attempt(problems, () -> AccountHolder.lastName(input.lastName()));
    attempt(problems, () -> AccountHolder.firstNames(input.firstNames()));
    attempt(problems, () -> AccountHolder.street(input.street()));
    attempt(problems, () -> AccountHolder.postalCode(input.postalCode()));
    attempt(problems, () -> AccountHolder.city(input.city()));
    if (!problems.isEmpty()) {
      return null;
    }
    return new Typed(
        iban,
        bic,
        bankName,
        new AccountHolder(
            input.lastName(),
            input.firstNames(),
            input.street(),
            input.postalCode(),
            input.city()));
  }

  /** The new account is neither the one debited today nor one approved already for later. */
  private void requireNewAccount(List<FieldProblem> problems, Iban iban, Contract contract) {
    DirectDebitMandate inForce =
        contracts.mandateInForce(contract.id(), LocalDate.now(clock)).orElse(null);
    DirectDebitMandate latest = changes.latestMandate(contract.id()).orElse(null);
    attempt(
        problems,
        () -> {
          BankDetailsChange.requireNewAccount(iban, inForce);
          BankDetailsChange.requireNewAccount(iban, latest);
          return iban;
        });
  }

  private static <T> T attempt(List<FieldProblem> problems, Supplier<T> check) {
    try {
      return check.get();
    } catch (BankDetailRefused e) {
      problems.add(new FieldProblem(e.field(), e.messageKey(), e.args()));
      return null;
    }
  }

  private static String subject(Iban iban) {
    ResourceBundle texts = ResourceBundle.getBundle(RequestNotifications.TEXTS, Locale.FRENCH);
    return new MessageFormat(texts.getString("bankDetails.subject"), Locale.FRENCH)
        .format(new Object[] {iban.masked()});
  }

  private static BankDetailsReview.Row row(
      String key, String current, String proposed, boolean changed) {
    return new BankDetailsReview.Row(key, current, proposed, changed);
  }

  /** BNPAFRPP and BNPAFRPPXXX are the same office: XXX is the head office's branch code. */
  static boolean sameBank(String a, String b) {
    return Objects.equals(headOffice(a), headOffice(b));
  }

  private static String headOffice(String bic) {
    return bic != null && bic.length() == 11 && bic.endsWith("XXX") ? bic.substring(0, 8) : bic;
  }

  /** Equal as a person reads them: case, accents and extra spaces aside. */
  static boolean sameText(String a, String b) {
    return a != null && b != null && fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-'’]+", " ")
        .strip();
  }

  private UserAccount tenant() {
    return callers.of(session.getCallerPrincipal());
  }

  /** The typed details once every check passed. */
  private record Typed(Iban iban, Bic bic, String bankName, AccountHolder holder) {}
}
