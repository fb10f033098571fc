package fr.portail.domain.model.insurance;

import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The days an attestation says the home is insured, both included ("du … au …").
 *
 * <p>A period is well formed when it ends on or after its first day and lasts at most two years (an
 * attestation is issued for a year of cover; a longer one is a typing error). An attestation sent
 * on a given day must also be of use: it has not ended yet, and its cover has begun or begins
 * within {@value #START_AHEAD_MAX_DAYS} days, because insurers send next year's attestation a few
 * weeks before the anniversary date.
 */
@Embeddable
public class AttestationPeriod implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many days ahead of its start an attestation may be sent. */
  public static final int START_AHEAD_MAX_DAYS = 30;

  /** The longest cover an attestation may state. */
  public static final Period LONGEST = Period.ofYears(2);

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  private LocalDate validTo;

  protected AttestationPeriod() {}

  public AttestationPeriod(LocalDate validFrom, LocalDate validTo) {
    if (validFrom == null) {
      throw new InvalidValueException("insurance.validFrom.required", "null");
    }
    if (validTo == null) {
      throw new InvalidValueException("insurance.validTo.required", "null");
    }
    if (validTo.isBefore(validFrom)) {
      throw new InvalidValueException("insurance.period.invalid", validFrom + " > " + validTo);
    }
    if (validTo.isAfter(validFrom.plus(LONGEST))) {
      throw new InvalidValueException("insurance.period.tooLong", validFrom + " - " + validTo);
    }
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /**
   * This period, when an attestation stating it may be sent on {@code today}: not ended, begun or
   * beginning within {@value #START_AHEAD_MAX_DAYS} days.
   */
  public AttestationPeriod requireAcceptableOn(LocalDate today) {
    if (validTo.isBefore(today)) {
      throw new InvalidValueException("insurance.period.expired", validTo.toString());
    }
    if (validFrom.isAfter(today.plusDays(START_AHEAD_MAX_DAYS))) {
      throw new InvalidValueException("insurance.period.tooFarAhead", validFrom.toString());
    }
    return this;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof AttestationPeriod p
        && validFrom.equals(p.validFrom)
        && validTo.equals(p.validTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(validFrom, validTo);
  }

  @Override
  public String toString() {
    return validFrom + " – " + validTo;
  }
}
