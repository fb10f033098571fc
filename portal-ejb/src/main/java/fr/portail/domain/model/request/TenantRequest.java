package fr.portail.domain.model.request;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.shared.Checks;
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

/** A request sent by a tenant about one of his contracts. */
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
public class TenantRequest {

  public static final int SUBJECT_MAX = 150;
  public static final int MESSAGE_MAX = 4000;
  public static final int OUTCOME_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, length = 12)
  private String number;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by", nullable = false)
  private UserAccount submittedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 30)
  private RequestType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RequestStatus status;

  @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "message", nullable = false, length = MESSAGE_MAX)
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
    this.number = number;
    this.contract = contract;
    this.submittedBy = submittedBy;
    this.type = type;
    this.subject = Checks.requireText(subject, SUBJECT_MAX, "request.subject.invalid");
    this.message = Checks.requireText(message, MESSAGE_MAX, "request.message.invalid");
    this.status = RequestStatus.SUBMITTED;
    this.submittedAt = at;
    this.steps.add(new RequestStep(this, at, "step.submitted", submittedBy.displayName()));
  }

  /** A new request, not yet stored; its number comes from the repository. */
  public static TenantRequest submit(
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
    return new TenantRequest(number, contract, submittedBy, type, subject, message, at);
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

  public UserAccount submittedBy() {
    return submittedBy;
  }

  public RequestType type() {
    return type;
  }

  public RequestStatus status() {
    return status;
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

  public RequestSubmitted submittedEvent() {
    return new RequestSubmitted(id, number, type, contract.agency().code(), contract.id());
  }

  /** A member of staff took the request in hand. */
  public void takenInHand(String actor, Instant at) {
    requireOpen();
    status = RequestStatus.IN_PROGRESS;
    steps.add(new RequestStep(this, at, "step.inProgress", actor));
  }

  /** The request is answered and closed; the tenant reads the outcome. */
  public void close(String outcome, String actor, Instant at) {
    requireOpen();
    this.outcome = Checks.requireText(outcome, OUTCOME_MAX, "request.outcome.invalid");
    this.status = RequestStatus.CLOSED;
    this.closedAt = at;
    steps.add(new RequestStep(this, at, "step.closed", actor));
  }

  public boolean isOpen() {
    return status != RequestStatus.CLOSED;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("request " + number + " is closed");
    }
  }
}
