package fr.portail.domain.model.insurance;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The renewal of a housing contract's home insurance, behind one request the tenant follows: the
 * attestations he sent (each kept with its decision), the formal notice if one was served, and the
 * insurance the landlord took out for him when none came. Opened by the tenant with his first
 * attestation, or by the daily expiry scan without one.
 */
@Entity
@Table(name = "insurance_renewal")
@NamedQuery(
    name = "InsuranceRenewal.findByRequest",
    query = "select r from InsuranceRenewal r where r.request.id = :requestId")
public class InsuranceRenewal {

  /**
   * How long after an unanswered formal notice the landlord may insure on the tenant's behalf (loi
   * 89-462, art. 7 g: "un mois après la mise en demeure").
   */
  public static final Period NOTICE_PERIOD = Period.ofMonths(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false, unique = true)
  private TenantRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "opened_by_landlord", nullable = false)
  private boolean openedByLandlord;

  /** The last day of cover known when the renewal was opened; null when none was on file. */
  @Column(name = "coverage_ends_on")
  private LocalDate coverageEndsOn;

  @Column(name = "formal_notice_on")
  private LocalDate formalNoticeOn;

  @OneToMany(mappedBy = "renewal", cascade = CascadeType.ALL)
  @OrderBy("submittedAt, id")
  private List<AttestationSubmission> submissions = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected InsuranceRenewal() {}

  private InsuranceRenewal(
      TenantRequest request, boolean openedByLandlord, LocalDate coverageEndsOn) {
    if (request == null || request.type() != RequestType.INSURANCE_RENEWAL) {
      throw new IllegalArgumentException("an insurance renewal request expected");
    }
    if (request.contract().kind() != ContractKind.LOGEMENT) {
      throw new IllegalArgumentException("only a housing contract needs home insurance");
    }
    this.request = request;
    this.contract = request.contract();
    this.openedByLandlord = openedByLandlord;
    this.coverageEndsOn = coverageEndsOn;
  }

  /** The tenant opens the renewal with his attestation (added with {@link #submit}). */
  public static InsuranceRenewal requestedByTenant(
      TenantRequest request, LocalDate coverageEndsOn) {
    if (request != null && request.submittedBy() == null) {
      throw new IllegalArgumentException("a request sent by the tenant expected");
    }
    return new InsuranceRenewal(request, false, coverageEndsOn);
  }

  /** The expiry scan opens the renewal: the process asks the tenant for his attestation. */
  public static InsuranceRenewal openedOnExpiry(TenantRequest request, LocalDate coverageEndsOn) {
    if (request != null && request.submittedBy() != null) {
      throw new IllegalArgumentException("a request opened by the landlord expected");
    }
    return new InsuranceRenewal(request, true, coverageEndsOn);
  }

  /**
   * An attestation the tenant sends on {@code today}: its period must be of use then (see {@link
   * AttestationPeriod#requireAcceptableOn}); one sent while another waits for the officer's check
   * is refused.
   */
  public AttestationSubmission submit(
      String insurer,
      String policyNumber,
      AttestationPeriod period,
      LocalDate today,
      RequestDocument document,
      UserAccount tenant,
      Instant at) {
    if (!request.isOpen()) {
      throw new IllegalStateException("renewal " + request.number() + " is closed");
    }
    if (pending().isPresent()) {
      throw new IllegalStateException("an attestation of " + request.number() + " is checked");
    }
    if (document == null || document.request() != request) {
      throw new IllegalArgumentException(
          "the attestation's document must be joined to this request");
    }
    period.requireAcceptableOn(today);
    AttestationSubmission submission =
        new AttestationSubmission(this, insurer, policyNumber, period, document, tenant, at);
    submissions.add(submission);
    return submission;
  }

  /** The attestation waiting for the officer's check, if any. */
  public Optional<AttestationSubmission> pending() {
    return submissions.stream().filter(AttestationSubmission::isPending).findFirst();
  }

  /** The latest attestation sent, if any. */
  public Optional<AttestationSubmission> latest() {
    return submissions.isEmpty()
        ? Optional.empty()
        : Optional.of(submissions.get(submissions.size() - 1));
  }

  /** The officer found the document true to what was typed: the new certificate, to store. */
  public InsuranceCertificate accept(String actor, Instant at) {
    return requirePending().accept(actor, at);
  }

  /** The officer refused the attestation; the tenant reads the reason and may send another. */
  public AttestationSubmission reject(String reason, String actor, Instant at) {
    AttestationSubmission submission = requirePending();
    submission.reject(reason, actor, at);
    return submission;
  }

  /** The formal notice (mise en demeure) was served on that day; served once. */
  public void formalNoticeServed(LocalDate on) {
    if (formalNoticeOn != null) {
      throw new IllegalStateException("formal notice of " + request.number() + " already served");
    }
    formalNoticeOn = on;
  }

  /** The first day the landlord may insure on the tenant's behalf; null before any notice. */
  public LocalDate substitutionAllowedFrom() {
    return formalNoticeOn == null ? null : formalNoticeOn.plus(NOTICE_PERIOD);
  }

  /**
   * The landlord insures the home on the tenant's behalf from {@code today}, one month at least
   * after the unanswered formal notice; the premium (plus at most 10 %) is recovered in twelfths.
   */
  public SubstituteInsurance substitute(
      String insurer,
      String policyNumber,
      Money annualPremium,
      BigDecimal surchargePercent,
      LocalDate today,
      UserAccount officer,
      Instant at) {
    if (!request.isOpen()) {
      throw new IllegalStateException("renewal " + request.number() + " is closed");
    }
    if (formalNoticeOn == null || today.isBefore(substitutionAllowedFrom())) {
      throw new IllegalStateException(
          "no insurance on the tenant's behalf before a month after the formal notice");
    }
    if (pending().isPresent()) {
      throw new IllegalStateException("an attestation of " + request.number() + " is checked");
    }
    return SubstituteInsurance.subscribe(
        this, insurer, policyNumber, annualPremium, surchargePercent, today, officer, at);
  }

  private AttestationSubmission requirePending() {
    return pending()
        .orElseThrow(
            () -> new IllegalStateException("no attestation of " + request.number() + " to check"));
  }

  public Long id() {
    return id;
  }

  public TenantRequest request() {
    return request;
  }

  public Contract contract() {
    return contract;
  }

  public boolean openedByLandlord() {
    return openedByLandlord;
  }

  public LocalDate coverageEndsOn() {
    return coverageEndsOn;
  }

  public LocalDate formalNoticeOn() {
    return formalNoticeOn;
  }

  /** Every attestation sent, oldest first, refused ones included. */
  public List<AttestationSubmission> submissions() {
    return Collections.unmodifiableList(submissions);
  }
}
