package fr.portail.application.internal;

import fr.portail.application.FileUpload;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestView;
import fr.portail.application.TechnicalForm;
import fr.portail.application.TechnicalForm.ContractChoice;
import fr.portail.application.TechnicalProcessing;
import fr.portail.application.TechnicalRequestService;
import fr.portail.application.TechnicalSettings;
import fr.portail.application.TechnicalStart;
import fr.portail.application.TechnicalSubmission;
import fr.portail.application.TechnicalView;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.contractor.ContractorRepository;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.request.TenantResponded;
import fr.portail.domain.model.request.TenantSignal;
import fr.portail.domain.model.technical.Complement;
import fr.portail.domain.model.technical.ContactSlot;
import fr.portail.domain.model.technical.RepairLocation;
import fr.portail.domain.model.technical.TechnicalArea;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.TechnicalReport;
import fr.portail.domain.model.technical.TechnicalReportRepository;
import fr.portail.domain.model.technical.TechnicalTexts;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
import fr.portail.domain.shared.UploadedFile;
import fr.portail.domain.shared.WorkingDays;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

@Stateless
public class DefaultTechnicalRequestService implements TechnicalRequestService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private TechnicalReportRepository reports;
  @Inject private ContractorRepository contractors;
  @Inject private RequestNotifications notifications;
  @Inject private Uploads uploads;
  @Inject private TechnicalSettings settings;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Event<TenantResponded> responded;
  @Inject private Clock clock;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public TechnicalForm newRequestForm() {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    Person person = tenant.person();
    if (person == null) {
      return new TechnicalForm(List.of(), null, outsideOfficeHours());
    }
    List<ContractChoice> choices =
        contracts.findBySignatory(person.id()).stream()
            .filter(Contract::isActive)
            .map(DefaultTechnicalRequestService::choice)
            .toList();
    PhoneNumber phone =
        Stream.of(person.mobilePhone(), person.homePhone(), person.workPhone())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    return new TechnicalForm(choices, phone == null ? null : phone.display(), outsideOfficeHours());
  }

  private boolean outsideOfficeHours() {
    return WorkingDays.isNightOrNonWorking(clock.instant());
  }

  private static ContractChoice choice(Contract c) {
    Agency agency = c.agency();
    return new ContractChoice(
        c.id(),
        c.fileNumber().value(),
        c.kind().name(),
        TechnicalViews.address(c),
        agency.name(),
        agency.onCallPhone() == null ? null : agency.onCallPhone().display(),
        agency.onCallHours());
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public RequestView submit(TechnicalSubmission s, List<FileUpload> photos) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    Contract contract;
    try {
      contract = callers.activeContractOf(s.contractId(), tenant);
    } catch (NotFoundException e) {
      throw new InvalidInputException("contract", "request.contract.required");
    }
    TechnicalCategory category =
        parse(
            () -> TechnicalCategory.valueOf(s.category()),
            "category",
            "technical.category.required");
    Urgency urgency =
        parse(() -> Urgency.valueOf(s.urgency()), "urgency", "technical.urgency.required");
    List<ContactSlot> slots =
        valid(
            "slots",
            () -> ContactSlot.requireSome(s.slots().stream().map(ContactSlot::parse).toList()));
    RepairLocation location =
        valid("place", () -> new RepairLocation(s.place(), s.floor(), s.staircase()));
    String description = s.description();
    PhoneNumber phone;
    try {
      phone = new PhoneNumber(s.phone());
    } catch (InvalidValueException e) {
      throw new InvalidInputException("phone", "technical.phone.invalid");
    }
    if (!s.phoneConfirmed()) {
      throw new InvalidInputException("phoneConfirmed", "technical.phone.unconfirmed");
    }
    List<UploadedFile> files = checkPhotos(photos, "photos");

    Instant now = clock.instant();
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            contract,
            tenant,
            RequestType.TECHNICAL,
            subject(category, location),
            now);
    TechnicalReport report =
        valid(
            "description",
            () ->
                TechnicalReport.of(
                    request, category, location, description, urgency, slots, phone));
    requests.store(request);
    reports.store(report);
    for (UploadedFile file : files) {
      requests.store(new RequestDocument(request, AttachmentKind.PHOTO, file, tenant, now));
    }
    notifications.stepReached(request, request.steps().get(0));
    // Observed in this transaction by the workflow module, which starts the process.
    submitted.fire(request.submittedEvent(TechnicalStart.facts(report, settings)));
    return DefaultRequestService.tenantView(request, requests);
  }

  /** "Plomberie (fuite, canalisation, robinet) — Cuisine", as "Mes demandes" lists it. */
  private static String subject(TechnicalCategory category, RepairLocation location) {
    String subject =
        TechnicalTexts.text(category.labelKey(), Locale.FRENCH) + " — " + location.place();
    return subject.length() <= TenantRequest.SUBJECT_MAX
        ? subject
        : subject.substring(0, TenantRequest.SUBJECT_MAX - 1) + "…";
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public void addComplement(String number, String text, List<FileUpload> photos) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantRequest request = myTechnicalRequest(number, tenant);
    TechnicalReport report = reportOf(request);
    if (!request.isOpen()) {
      throw new InvalidInputException(null, "technical.request.closed");
    }
    List<UploadedFile> files = checkPhotos(photos, "complementPhotos");
    Instant now = clock.instant();
    List<RequestDocument> documents = new ArrayList<>();
    for (UploadedFile file : files) {
      RequestDocument document =
          new RequestDocument(request, AttachmentKind.PHOTO, file, tenant, now);
      requests.store(document);
      documents.add(document);
    }
    Complement complement =
        valid("complementText", () -> report.addComplement(text, documents, tenant, now));
    reports.store(report);
    request.record(
        "step.technical.complementAdded",
        complement.text() == null ? null : complement.text(),
        tenant.displayName(),
        now,
        true);
    // Not awaited: kept on the report whether or not the process listens at this moment.
    responded.fire(
        new TenantResponded(
            request.id(),
            request.number(),
            TenantSignal.COMPLEMENT_ADDED,
            false,
            Map.of(
                TechnicalProcessing.COMPLEMENT_ID,
                complement.id(),
                TechnicalProcessing.COMPLEMENT_AUTHOR,
                tenant.id())));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public void confirmRepair(String number, Integer rating, String comment) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantRequest request = myTechnicalRequest(number, tenant);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    verdict(() -> report.confirmRepair(rating, comment, now), "rating");
    answered(request, "step.technical.repairConfirmed", "Note : " + rating + "/5", tenant, now);
    responded.fire(
        new TenantResponded(
            request.id(), request.number(), TenantSignal.REPAIR_CONFIRMED, true, Map.of()));
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public void reportNotFixed(String number, String whatIsWrong) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantRequest request = myTechnicalRequest(number, tenant);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    verdict(() -> report.reportNotFixed(whatIsWrong, now), "whatIsWrong");
    answered(request, "step.technical.notFixed", whatIsWrong.strip(), tenant, now);
    responded.fire(
        new TenantResponded(
            request.id(), request.number(), TenantSignal.REPAIR_NOT_FIXED, true, Map.of()));
  }

  private static void verdict(Runnable change, String field) {
    try {
      change.run();
    } catch (InvalidValueException e) {
      if ("technical.verdict.notAwaited".equals(e.messageKey())
          || "technical.request.closed".equals(e.messageKey())) {
        throw new InvalidInputException(null, "request.notWaiting");
      }
      String target =
          e.messageKey().startsWith("technical.ratingComment") ? "ratingComment" : field;
      throw new InvalidInputException(target, e.messageKey());
    }
  }

  private static void answered(
      TenantRequest request, String stepKey, String detail, UserAccount tenant, Instant at) {
    if (!request.isWaitingForTenant()) {
      throw new InvalidInputException(null, "request.notWaiting");
    }
    request.tenantAnswered(stepKey, detail, tenant.displayName(), at);
  }

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public TechnicalView myReport(String number) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantRequest request = myTechnicalRequest(number, tenant);
    return TechnicalViews.forTenant(reportOf(request));
  }

  @Override
  @RolesAllowed({
    Role.CUSTOMER_OFFICER_NAME,
    Role.CARETAKER_NAME,
    Role.TECHNICAL_MANAGER_NAME,
    Role.CONTRACTOR_NAME,
    Role.SOCIAL_ADVISOR_NAME
  })
  public TechnicalView reportForStaff(Long requestId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TechnicalReport report = reportInScope(requestId, staff);
    List<String> followers =
        reports.followersOf(report).stream().map(f -> f.request().number()).toList();
    return CallerAccounts.isContractor(staff)
        ? TechnicalViews.forContractor(report, staff.contractor().id())
        : TechnicalViews.forStaff(report, followers);
  }

  @Override
  @RolesAllowed(Role.TECHNICAL_MANAGER_NAME)
  public List<Choice> contractorsFor(Long requestId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TechnicalReport report = reportInScope(requestId, staff);
    return contractors
        .findByTradeAndAgency(report.trade(), report.request().contract().agency().code())
        .stream()
        .map(c -> new Choice(c.id(), c.companyName() + " — " + c.phone().display()))
        .toList();
  }

  @Override
  @RolesAllowed({Role.CARETAKER_NAME, Role.TECHNICAL_MANAGER_NAME})
  public List<Choice> mergeCandidates(Long requestId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TechnicalReport report = reportInScope(requestId, staff);
    if (report.area() != TechnicalArea.PARTIES_COMMUNES) {
      return List.of();
    }
    return reports.openCarriersFor(report).stream()
        .filter(report::canMergeInto)
        .map(
            c ->
                new Choice(
                    c.request().id(),
                    "Demande n° "
                        + c.request().number()
                        + " du "
                        + DAY.format(c.request().submittedAt().atZone(WorkingDays.PARIS))
                        + " — "
                        + c.location().place()))
        .toList();
  }

  @Override
  @RolesAllowed({Role.CONTRACTOR_NAME, Role.TECHNICAL_MANAGER_NAME})
  public void attachInterventionPhotos(Long requestId, List<FileUpload> photos) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    TechnicalReport report = reportInScope(requestId, staff);
    if (CallerAccounts.isContractor(staff)
        && report
            .currentIntervention()
            .filter(i -> i.contractor().id().equals(staff.contractor().id()))
            .isEmpty()) {
      throw new fr.portail.application.AccessDeniedException("intervention " + requestId);
    }
    List<UploadedFile> files = checkPhotos(photos, "photos");
    if (files.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<RequestDocument> documents = new ArrayList<>();
    for (UploadedFile file : files) {
      RequestDocument document =
          new RequestDocument(
              report.request(), AttachmentKind.INTERVENTION_REPORT, file, staff, now);
      requests.store(document);
      documents.add(document);
    }
    check("photos", () -> report.attachReportPhotos(documents));
    reports.store(report);
  }

  /**
   * The photos of a form, each checked (type recognised from the content, size) and an image: five
   * at most, nothing kept if one is refused.
   */
  private List<UploadedFile> checkPhotos(List<FileUpload> photos, String field) {
    List<FileUpload> sent =
        photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.empty()).toList();
    try {
      TechnicalReport.requirePhotoCount(sent.size());
    } catch (InvalidValueException e) {
      throw new InvalidInputException(field, e.messageKey());
    }
    List<UploadedFile> files = new ArrayList<>();
    for (FileUpload photo : sent) {
      UploadedFile file = uploads.check(photo, field);
      if (!file.type().isImage()) {
        throw new InvalidInputException(field, "technical.photo.notImage");
      }
      files.add(file);
    }
    return files;
  }

  private TenantRequest myTechnicalRequest(String number, UserAccount tenant) {
    TenantRequest request =
        requests
            .findByNumber(number)
            .filter(r -> r.type() == RequestType.TECHNICAL)
            .orElseThrow(() -> new NotFoundException("demande " + number));
    callers.requireSignedBy(request.contract(), tenant);
    return request;
  }

  private TechnicalReport reportInScope(Long requestId, UserAccount staff) {
    TenantRequest request =
        requests.find(requestId).orElseThrow(() -> new NotFoundException("demande " + requestId));
    callers.requireInScope(request, staff);
    return reportOf(request);
  }

  private TechnicalReport reportOf(TenantRequest request) {
    return reports
        .findByRequest(request.id())
        .orElseThrow(() -> new NotFoundException("signalement de la demande " + request.number()));
  }

  private static <T> T parse(Supplier<T> parse, String field, String key) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(field, key);
    }
  }

  /** Runs a domain change; a refusal names the field its message key is about. */
  static <T> T valid(String defaultField, Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidValueException e) {
      throw new InvalidInputException(fieldOf(e.messageKey(), defaultField), e.messageKey());
    }
  }

  static void check(String defaultField, Runnable change) {
    valid(
        defaultField,
        () -> {
          change.run();
          return null;
        });
  }

  /** The form field each domain refusal is about, by the second part of its message key. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("place", "place"),
          Map.entry("floor", "floor"),
          Map.entry("staircase", "staircase"),
          Map.entry("description", "description"),
          Map.entry("slots", "slots"),
          Map.entry("category", "category"),
          Map.entry("urgency", "urgency"),
          Map.entry("photos", "photos"),
          Map.entry("complement", "complementText"),
          Map.entry("diagnosis", "diagnosis"),
          Map.entry("contractor", "contractor"),
          Map.entry("appointment", "appointment"),
          Map.entry("instructions", "instructions"),
          Map.entry("reason", "reason"),
          Map.entry("report", "report"),
          Map.entry("minutes", "minutes"),
          Map.entry("merge", "carrier"),
          Map.entry("rating", "rating"),
          Map.entry("ratingComment", "ratingComment"),
          Map.entry("notFixed", "whatIsWrong"));

  /** "technical.place.invalid" is about the field "place"; other keys about the default one. */
  private static String fieldOf(String key, String defaultField) {
    if (key.startsWith("technical.")) {
      String rest = key.substring("technical.".length());
      int dot = rest.indexOf('.');
      String field = FIELDS.get(dot < 0 ? rest : rest.substring(0, dot));
      if (field != null) {
        return field;
      }
    }
    return defaultField;
  }
}
