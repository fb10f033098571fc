package fr.portail.application.internal;

import fr.portail.application.ContactChange;
import fr.portail.application.FileUpload;
import fr.portail.application.InvalidInputException;
import fr.portail.application.MyContactDetails;
import fr.portail.application.MyHousehold;
import fr.portail.application.NotFoundException;
import fr.portail.application.OccupantChanges;
import fr.portail.application.OccupantInput;
import fr.portail.application.ProfileChangeService;
import fr.portail.application.ProfileChangeView;
import fr.portail.application.RequestView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Occupant;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.profile.ContactDetails;
import fr.portail.domain.model.profile.OccupantData;
import fr.portail.domain.model.profile.ProfileChangeProposal;
import fr.portail.domain.model.profile.ProfileChangeRepository;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestStep;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.request.TenantResponded;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;

@Stateless
public class DefaultProfileChangeService implements ProfileChangeService {

  /** The process's own fact: what the proposal changes (CONTACT or OCCUPANTS). */
  public static final String KIND_FACT = "profileChangeKind";

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private ProfileChangeRepository proposals;
  @Inject private RequestNotifications notifications;
  @Inject private Uploads uploads;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Event<TenantResponded> responded;
  @Inject private Clock clock;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public MyContactDetails myContactDetails() {
    UserAccount tenant = caller();
    Contract contract = contactContract(tenant);
    Person p = tenant.person();
    return new MyContactDetails(
        contract.id(),
        contract.fileNumber().value(),
        display(p.homePhone()),
        display(p.mobilePhone()),
        display(p.workPhone()),
        p.contactEmail() == null ? null : p.contactEmail().value(),
        p.cafNumber(),
        openChange(contract));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public MyHousehold myHousehold(Long contractId) {
    UserAccount tenant = caller();
    Contract contract =
        housing(
            contractId == null
                ? contactContract(tenant)
                : callers.activeContractOf(contractId, tenant));
    return new MyHousehold(
        contract.id(),
        contract.fileNumber().value(),
        contract.kind().name(),
        contract.occupants().stream()
            .sorted(Comparator.comparing((Occupant o) -> !o.signatory()))
            .map(
                o ->
                    new MyHousehold.Member(
                        o.id(),
                        o.person().civility().name(),
                        o.person().lastName(),
                        o.person().firstName(),
                        o.person().birthDate(),
                        o.relationship(),
                        o.signatory()))
            .toList(),
        OccupantData.RELATIONSHIPS,
        openChange(contract));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView proposeContactChange(ContactChange change) {
    UserAccount tenant = caller();
    Contract contract = contactContract(tenant);
    ContactDetails proposed =
        new ContactDetails(
            field("homePhone", () -> phone(change.homePhone())),
            field("mobilePhone", () -> phone(change.mobilePhone())),
            field("workPhone", () -> phone(change.workPhone())),
            field("contactEmail", () -> email(change.contactEmail())),
            field("cafNumber", () -> Person.checkCafNumber(compact(change.cafNumber()))));
    return submit(
        tenant,
        contract,
        ProfileChangeProposal.Kind.CONTACT,
        request ->
            ProfileChangeProposal.contactChange(
                request, tenant.person(), proposed, clock.instant()));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView proposeOccupantChanges(Long contractId, OccupantChanges changes) {
    UserAccount tenant = caller();
    Contract contract = housing(callers.activeContractOf(contractId, tenant));
    LocalDate today = LocalDate.now(clock);
    List<OccupantData> newcomers = new ArrayList<>();
    for (int i = 0; i < changes.newcomers().size(); i++) {
      newcomers.add(occupant("newcomer." + i + ".", changes.newcomers().get(i), today));
    }
    Map<Long, OccupantData> corrections = new LinkedHashMap<>();
    changes
        .corrections()
        .forEach(
            (id, input) -> corrections.put(id, occupant("occupant." + id + ".", input, today)));
    try {
      return submit(
          tenant,
          contract,
          ProfileChangeProposal.Kind.OCCUPANTS,
          request ->
              ProfileChangeProposal.occupantChanges(
                  request,
                  tenant.person(),
                  newcomers,
                  changes.leaving(),
                  corrections,
                  clock.instant()));
    } catch (InvalidInputException e) {
      if (e.messageKey().equals("profile.occupant.unknown")
          || e.messageKey().equals("profile.occupant.signatory")) {
        // Not an occupant he may change (another household's, a signatory): as if it did not exist.
        throw new NotFoundException("occupant du contrat " + contractId);
      }
      throw e;
    }
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public ProfileChangeView myProposal(String requestNumber) {
    TenantRequest request = myRequest(requestNumber, caller());
    return view(request, proposal(request));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public void sendSupportingDocument(String requestNumber, FileUpload document) {
    UserAccount tenant = caller();
    TenantRequest request = myRequest(requestNumber, tenant);
    if (!request.isWaitingForTenant()) {
      throw new InvalidInputException(null, "request.notWaiting");
    }
    UploadedFile file = uploads.check(document, "document");
    Instant now = clock.instant();
    RequestDocument stored =
        new RequestDocument(request, AttachmentKind.SUPPORTING_DOCUMENT, file, tenant, now);
    requests.store(stored);
    RequestStep step =
        request.tenantAnswered("step.documentReceived", file.name(), tenant.displayName(), now);
    notifications.stepReached(request, step);
    // Delivered in this transaction to the process, which waits for it (or refuses it).
    responded.fire(
        new TenantResponded(
            request.id(),
            request.number(),
            TenantSignal.DOCUMENT_SENT,
            true,
            Map.of("documentId", stored.id())));
  }

  @Override
  @RolesAllowed(Role.CUSTOMER_OFFICER_NAME)
  public ProfileChangeView proposalForStaff(Long requestId) {
    UserAccount staff = caller();
    TenantRequest request =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("demande " + requestId));
    callers.requireInScope(request, staff);
    return view(request, proposal(request));
  }

  private RequestView submit(
      UserAccount tenant,
      Contract contract,
      ProfileChangeProposal.Kind kind,
      Function<TenantRequest, ProfileChangeProposal> proposalOf) {
    // Two proposals sent at once on the same file: the second waits here, then sees the first.
    proposals.lockContract(contract.id());
    if (openChange(contract) != null) {
      throw new InvalidInputException(null, "profile.alreadyOpen");
    }
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            contract,
            tenant,
            RequestType.PROFILE_CHANGE,
            texts().getString("profileChange.subject." + kind.name()),
            clock.instant());
    ProfileChangeProposal proposal;
    try {
      proposal = proposalOf.apply(request);
    } catch (InvalidValueException e) {
      throw new InvalidInputException(null, profileKey(e.messageKey()));
    }
    requests.store(request);
    proposals.store(proposal);
    notifications.stepReached(request, request.steps().get(0));
    // Observed in this transaction by the workflow module, which starts the process.
    submitted.fire(request.submittedEvent(Map.of(KIND_FACT, kind.name())));
    return DefaultRequestService.tenantView(request, requests);
  }

  private TenantRequest myRequest(String number, UserAccount tenant) {
    TenantRequest request =
        requests
            .findByNumber(number)
            .filter(r -> r.type() == RequestType.PROFILE_CHANGE)
            .orElseThrow(() -> new NotFoundException("demande " + number));
    callers.requireSignedBy(request.contract(), tenant);
    return request;
  }

  private ProfileChangeProposal proposal(TenantRequest request) {
    return proposals
        .findByRequest(request.id())
        .orElseThrow(() -> new NotFoundException("proposition de la demande " + request.number()));
  }

  /** The contract a change of the caller's contact details goes on: his housing one, if any. */
  private Contract contactContract(UserAccount tenant) {
    if (tenant.person() == null) {
      throw new NotFoundException("aucun contrat");
    }
    List<Contract> active =
        contracts.findBySignatory(tenant.person().id()).stream()
            .filter(Contract::isActive)
            .toList();
    return active.stream()
        .filter(c -> c.kind() == ContractKind.LOGEMENT)
        .findFirst()
        .or(() -> active.stream().findFirst())
        .orElseThrow(() -> new NotFoundException("aucun contrat actif"));
  }

  /** The contract when it is a housing one: a household lives only in a dwelling. */
  private static Contract housing(Contract contract) {
    if (contract.kind() != ContractKind.LOGEMENT) {
      throw new NotFoundException("contrat de logement " + contract.id());
    }
    return contract;
  }

  private String openChange(Contract contract) {
    return requests
        .findOpen(contract.id(), RequestType.PROFILE_CHANGE)
        .map(TenantRequest::number)
        .orElse(null);
  }

  static ProfileChangeView view(TenantRequest request, ProfileChangeProposal proposal) {
    List<ProfileChangeView.ContactRow> contact = new ArrayList<>();
    List<ProfileChangeView.OccupantRow> occupants = new ArrayList<>();
    if (proposal.kind() == ProfileChangeProposal.Kind.CONTACT) {
      // Pending: beside the file as it is now; decided: beside the file as it was then.
      ContactDetails current =
          proposal.isPending() ? ContactDetails.of(proposal.person()) : proposal.previous();
      ContactDetails proposed = proposal.proposed();
      List<ContactDetails.Field> changed = proposal.changedFields();
      for (ContactDetails.Field f : ContactDetails.Field.values()) {
        contact.add(
            new ProfileChangeView.ContactRow(
                f.name(), current.display(f), proposed.display(f), changed.contains(f)));
      }
    } else {
      for (var change : proposal.occupantChanges()) {
        OccupantData now =
            proposal.isPending() && change.occupantId() != null
                ? proposal
                    .contract()
                    .occupant(change.occupantId())
                    .map(OccupantData::of)
                    .orElse(change.previous())
                : change.previous();
        occupants.add(
            new ProfileChangeView.OccupantRow(
                change.kind().name(), values(now), values(change.proposed())));
      }
    }
    return new ProfileChangeView(
        request.id(),
        request.number(),
        proposal.kind().name(),
        proposal.status().name(),
        contact,
        occupants);
  }

  private static ProfileChangeView.Values values(OccupantData d) {
    return d == null
        ? null
        : new ProfileChangeView.Values(
            d.civility().name(), d.lastName(), d.firstName(), d.birthDate(), d.relationship());
  }

  private static OccupantData occupant(String prefix, OccupantInput input, LocalDate today) {
    Civility civility;
    try {
      civility = input.civility() == null ? null : Civility.valueOf(input.civility());
    } catch (IllegalArgumentException e) {
      civility = null;
    }
    try {
      return OccupantData.of(
          civility,
          input.lastName(),
          input.firstName(),
          input.birthDate(),
          input.relationship(),
          today);
    } catch (InvalidValueException e) {
      // occupant.lastName.invalid → the field "newcomer.0.lastName", message profile.occupant…
      String field = e.messageKey().replaceAll("^occupant\\.|\\.invalid$", "");
      throw new InvalidInputException(prefix + field, profileKey(e.messageKey()));
    }
  }

  /** The web bundle's key of a domain refusal: every key of this use case is under "profile.". */
  private static String profileKey(String domainKey) {
    return domainKey.startsWith("profile.") ? domainKey : "profile." + domainKey;
  }

  private static <T> T field(String name, Supplier<T> value) {
    try {
      return value.get();
    } catch (InvalidValueException e) {
      throw new InvalidInputException(name, "profile." + name + ".invalid");
    }
  }

  private static PhoneNumber phone(String input) {
    String value = blankToNull(input);
    return value == null ? null : new PhoneNumber(value);
  }

  private static EmailAddress email(String input) {
    String value = blankToNull(input);
    return value == null ? null : new EmailAddress(value);
  }

  private static String blankToNull(String input) {
    return input == null || input.isBlank() ? null : input.strip();
  }

  private static String compact(String input) {
    return input == null || input.isBlank() ? null : input.replaceAll("\\s", "");
  }

  private static String display(PhoneNumber phone) {
    return phone == null ? null : phone.display();
  }

  static ResourceBundle texts() {
    return ResourceBundle.getBundle(RequestNotifications.TEXTS, Locale.FRENCH);
  }

  private UserAccount caller() {
    return callers.of(session.getCallerPrincipal());
  }
}
