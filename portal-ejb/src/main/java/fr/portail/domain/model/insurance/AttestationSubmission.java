package fr.portail.domain.model.insurance;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attestation the tenant sent: what he typed (insurer, policy number, period) and the document
 * that must show it, then the officer's decision. A refused one stays in the renewal's history.
 */
@Entity
@Table(name = "insurance_attestation")
public class AttestationSubmission {

  public static final int INSURER_MAX = 120;
  public static final int POLICY_MAX = 60;
  public static final int REASON_MAX = TenantRequest.OUTCOME_MAX;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "renewal_id", nullable = false)
  private InsuranceRenewal renewal;

  @Column(name = "insurer", nullable = false, length = INSURER_MAX)
  private String insurer;

  @Column(name = "policy_number", nullable = false, length = POLICY_MAX)
  private String policyNumber;

  @Embedded private AttestationPeriod period;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id", nullable = false)
  private RequestDocument document;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by")
  private UserAccount submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 10)
  private AttestationDecision decision;

  @Column(name = "decided_by", length = 200)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "rejection_reason", length = REASON_MAX)
  private String rejectionReason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "certificate_id")
  private InsuranceCertificate certificate;

  protected AttestationSubmission() {}

  AttestationSubmission(
      InsuranceRenewal renewal,
      String insurer,
      String policyNumber,
      AttestationPeriod period,
      RequestDocument document,
      UserAccount submittedBy,
      Instant submittedAt) {
    this.renewal = renewal;
    this.insurer = Checks.requireText(insurer, INSURER_MAX, "insurance.insurer.invalid");
    this.policyNumber = Checks.requireText(policyNumber, POLICY_MAX, "insurance.policy.invalid");
    if (period == null) {
      throw new IllegalArgumentException("period expected");
    }
    if (document == null) {
      throw new IllegalArgumentException("the attestation's document expected");
    }
    this.period = period;
    this.document = document;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.decision = AttestationDecision.PENDING;
  }

  /** Recorded as the contract's insurance: the certificate the home page reads from now on. */
  InsuranceCertificate accept(String actor, Instant at) {
    requirePending();
    certificate =
        new InsuranceCertificate(
            renewal.contract(), insurer, policyNumber, period.validFrom(), period.validTo(), at);
    decision = AttestationDecision.ACCEPTED;
    decidedBy = actor;
    decidedAt = at;
    return certificate;
  }

  void reject(String reason, String actor, Instant at) {
    requirePending();
    rejectionReason = Checks.requireText(reason, REASON_MAX, "insurance.reason.required");
    decision = AttestationDecision.REJECTED;
    decidedBy = actor;
    decidedAt = at;
  }

  private void requirePending() {
    if (decision != AttestationDecision.PENDING) {
      throw new IllegalStateException("attestation " + id + " already " + decision);
    }
  }

  public Long id() {
    return id;
  }

  public InsuranceRenewal renewal() {
    return renewal;
  }

  public String insurer() {
    return insurer;
  }

  public String policyNumber() {
    return policyNumber;
  }

  public AttestationPeriod period() {
    return period;
  }

  public RequestDocument document() {
    return document;
  }

  public UserAccount submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public AttestationDecision decision() {
    return decision;
  }

  public boolean isPending() {
    return decision == AttestationDecision.PENDING;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  /** Why the officer refused it, as the tenant reads it; null unless refused. */
  public String rejectionReason() {
    return rejectionReason;
  }
}
