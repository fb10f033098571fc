package fr.portail.domain.model.request;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request about one contract: sent by a tenant, or opened by the landlord (the insurance expiry
 * scan). It holds what the tenant reads of it: its status, its steps and its outcome; the data of
 * each kind of request lives in that kind's own aggregate, which refers to this one.
 */
@Entity
@Table(name = "tenant_request")
@NamedQuery(
    name = "TenantRequest.findByContracts",
    query =
        "select r from TenantRequest r where r.contract.id in :contractIds"
            + " order by r.submittedAt desc")
@NamedQuery(
    name = "TenantRequest.findByNumber",
    query = "select r from TenantRequest r where r.number = :number")
@NamedQuery(
    name = "TenantRequest.findOpenByContractAndType",
    query =
        "select r from TenantRequest r where r.contract.id = :contractId and r.type = :type"
            + " and r.status <> fr.portail.domain.model.request.RequestStatus.CLOSED"
            + " order by r.submittedAt desc")
public class TenantRequest {

  public static final int SUBJECT_MAX = 150;
  public static final int MESSAGE_MAX = 4000;
  public static final int OUTCOME_MAX = 4000;

  /** Who a step is by when nobody in person did it (a timer, a batch job). */
  public static final String LANDLORD = null;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, length = 12)
  private String number;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  /** The tenant who sent it; null when the landlord opened it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by")
  private UserAccount submittedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 30)
  private RequestType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution", length = 20)
  private Resolution resolution;

  @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "message", length = MESSAGE_MAX)
  private String message;

  @Column(name = "outcome", length = OUTCOME_MAX)
  private String outcome;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("occurredAt, id")
  private List<RequestStep> steps = new ArrayList<>();

  protected TenantRequest() {}

  private TenantRequest(
      String number,
      Contract contract,
      UserAccount submittedBy,
      RequestType type,
      String subject,
      String message,
      Instant at) {
    if (!contract.isActive()) {
      throw new IllegalStateException("contract " + contract.id() + " is not active");
    }
    this.number = number;
    this.contract = contract;
    this.submittedBy = submittedBy;
    this.type = type;
    this.subject = Checks.requireText(subject, SUBJECT_MAX, "request.subject.invalid");
    this.message = message;
    this.status = RequestStatus.SUBMITTED;
    this.submittedAt = at;
  }

  /** A request written by the tenant (subject and message), not yet stored. */
  public static TenantRequest submit(
      String number,
      Contract contract,
      UserAccount submittedBy,
      RequestType type,
      String subject,
      String message,
      Instant at) {
    TenantRequest request =
        new TenantRequest(
            number,
            contract,
            submittedBy,
            type,
            subject,
            Checks.requireText(message, MESSAGE_MAX, "request.message.invalid"),
            at);
    request.steps.add(
        new RequestStep(request, at, "step.submitted", submittedBy.displayName(), null, true));
    return request;
  }

  /**
   * A request made through a form (a change of data, a renewal): its subject is the kind's title,
   * the data lives in the kind's own aggregate.
   */
  public static TenantRequest submitForm(
      String number,
      Contract contract,
      UserAccount submittedBy,
      RequestType type,
      String subject,
      Instant at) {
    TenantRequest request =
        new TenantRequest(number, contract, submittedBy, type, subject, null, at);
    request.steps.add(
        new RequestStep(request, at, "step.submitted", submittedBy.displayName(), null, true));
    return request;
  }

  /** A request the landlord opens himself (e.g. an expired insurance attestation to renew). */
  public static TenantRequest openByLandlord(
      String number, Contract contract, RequestType type, String subject, Instant at) {
    TenantRequest request = new TenantRequest(number, contract, null, type, subject, null, at);
    request.steps.add(new RequestStep(request, at, "step.openedByLandlord", LANDLORD, null, true));
    return request;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Contract contract() {
    return contract;
  }

  /** The tenant who sent it; null when the landlord opened it. */
  public UserAccount submittedBy() {
    return submittedBy;
  }

  public RequestType type() {
    return type;
  }

  public RequestStatus status() {
    return status;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String subject() {
    return subject;
  }

  public String message() {
    return message;
  }

  public String outcome() {
    return outcome;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public List<RequestStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  /** The steps the tenant reads (the staff's internal ones left out). */
  public List<RequestStep> tenantSteps() {
    return steps.stream().filter(RequestStep::tenantVisible).toList();
  }

  /** The names of the contract's signatories, as the staff's screens show the tenant. */
  public String tenantName() {
    return contract.signatories().stream()
        .map(Person::displayName)
        .collect(Collectors.joining(" et "));
  }

  public RequestSubmitted submittedEvent() {
    return submittedEvent(Map.of());
  }

  /** The event that starts this request's process, with what the process needs from the start. */
  public RequestSubmitted submittedEvent(Map<String, Object> facts) {
    return new RequestSubmitted(
        id,
        number,
        type,
        contract.agency().code(),
        contract.id(),
        contract.unit().residence().id(),
        contract.unit().residence().name(),
        tenantName(),
        facts);
  }

  /** A member of staff took the request in hand; later claims by colleagues change nothing. */
  public void takenInHand(String actor, Instant at) {
    requireOpen();
    if (status == RequestStatus.SUBMITTED) {
      status = RequestStatus.IN_PROGRESS;
      steps.add(new RequestStep(this, at, "step.inProgress", actor, null, true));
    }
  }

  /**
   * A step of the request's history; the tenant sees it if {@code tenantVisible} (a decision, a
   * reminder), the staff only otherwise (an internal note).
   */
  public RequestStep record(
      String stepKey, String detail, String actor, Instant at, boolean tenantVisible) {
    requireOpen();
    RequestStep step =
        new RequestStep(this, at, requireKey(stepKey), actor, optionalText(detail), tenantVisible);
    steps.add(step);
    return step;
  }

  /** The landlord now waits for the tenant (a document, an answer), as the step says. */
  public RequestStep awaitTenant(String stepKey, String detail, String actor, Instant at) {
    RequestStep step = record(stepKey, detail, actor, at, true);
    status = RequestStatus.WAITING_TENANT;
    return step;
  }

  /** The tenant answered what was waited for; staff have the request in hand again. */
  public RequestStep tenantAnswered(String stepKey, String detail, String actor, Instant at) {
    if (status != RequestStatus.WAITING_TENANT) {
      throw new IllegalStateException("request " + number + " waits for nothing from the tenant");
    }
    RequestStep step = record(stepKey, detail, actor, at, true);
    status = RequestStatus.IN_PROGRESS;
    return step;
  }

  public boolean isWaitingForTenant() {
    return status == RequestStatus.WAITING_TENANT;
  }

  /**
   * The request ends; the tenant reads the outcome, which is required when the resolution needs a
   * reason (a refusal, an answer).
   */
  public RequestStep close(Resolution resolution, String outcome, String actor, Instant at) {
    requireOpen();
    if (resolution == null) {
      throw new InvalidValueException("request.resolution.invalid", "null");
    }
    String text =
        resolution.needsReason()
            ? Checks.requireText(outcome, OUTCOME_MAX, "request.outcome.invalid")
            : optionalText(outcome);
    this.outcome = text;
    this.resolution = resolution;
    this.status = RequestStatus.CLOSED;
    this.closedAt = at;
    RequestStep step = new RequestStep(this, at, resolution.stepKey(), actor, null, true);
    steps.add(step);
    return step;
  }

  public boolean isOpen() {
    return status != RequestStatus.CLOSED;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("request " + number + " is closed");
    }
  }

  private static String requireKey(String stepKey) {
    if (stepKey == null || !stepKey.matches("step\\.[A-Za-z0-9_.]{1,70}")) {
      throw new IllegalArgumentException("not a step key: " + stepKey);
    }
    return stepKey;
  }

  private static String optionalText(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Checks.requireText(text, OUTCOME_MAX, "request.outcome.invalid");
  }
}
