package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A home insurance attestation recorded for a contract (loi 89-462, art. 7 g). */
@Entity
@Table(name = "insurance_certificate")
@NamedQuery(
    name = "InsuranceCertificate.latest",
    query =
        "select i from InsuranceCertificate i where i.contract.id = :contractId"
            + " order by i.validTo desc, i.id desc")
@NamedQuery(
    name = "InsuranceCertificate.covering",
    query =
        "select i from InsuranceCertificate i where i.contract.id = :contractId"
            + " and i.validFrom <= :day and i.validTo >= :day order by i.validTo desc, i.id desc")
public class InsuranceCertificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "insurer", nullable = false, length = 120)
  private String insurer;

  @Column(name = "policy_number", nullable = false, length = 60)
  private String policyNumber;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  private LocalDate validTo;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected InsuranceCertificate() {}

  public InsuranceCertificate(
      Contract contract,
      String insurer,
      String policyNumber,
      LocalDate validFrom,
      LocalDate validTo,
      Instant recordedAt) {
    if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
      throw new InvalidValueException("insurance.period.invalid", validFrom + " - " + validTo);
    }
    this.contract = contract;
    this.insurer = Checks.requireText(insurer, 120, "insurance.insurer.invalid");
    this.policyNumber = Checks.requireText(policyNumber, 60, "insurance.policy.invalid");
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public String insurer() {
    return insurer;
  }

  public String policyNumber() {
    return policyNumber;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }
}
