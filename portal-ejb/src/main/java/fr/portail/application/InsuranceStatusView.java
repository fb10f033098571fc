package fr.portail.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The home insurance of one of the tenant's housing contracts: the attestation on file, the renewal
 * under way if any (and what it waits for), and the insurance the landlord took out for him.
 *
 * @param insurer null when no attestation is on file
 * @param valid whether an attestation on file covers today
 * @param requestNumber the open renewal's number, or null
 * @param underReview an attestation he sent waits for the agency's check
 * @param rejectionReason why his last attestation was refused, while a new one is awaited
 * @param substitutionFrom the first day the landlord may insure for him (a month after the formal
 *     notice), or null
 */
public record InsuranceStatusView(
    Long contractId,
    String fileNumber,
    String street,
    String city,
    String insurer,
    String policyNumber,
    LocalDate validFrom,
    LocalDate validTo,
    boolean valid,
    boolean expiresSoon,
    String requestNumber,
    String requestStatus,
    boolean underReview,
    String rejectionReason,
    LocalDate formalNoticeOn,
    LocalDate substitutionFrom,
    Substitution substitution)
    implements Serializable {

  /** Whether he may send an attestation now: nothing open, or the open renewal waits for one. */
  public boolean maySend() {
    return requestNumber == null || (!underReview && "WAITING_TENANT".equals(requestStatus));
  }

  /** An attestation is asked of him: none valid, or the agency waits for one. */
  public boolean actionNeeded() {
    return maySend() && (!valid || requestNumber != null);
  }

  /**
   * The insurance the landlord took out for him: who, from when to when, the premium with its
   * increase and the monthly instalments (the last one may differ by a few cents).
   */
  public record Substitution(
      String insurer,
      String policyNumber,
      LocalDate startsOn,
      LocalDate endsOn,
      BigDecimal annualPremium,
      BigDecimal surchargePercent,
      BigDecimal total,
      BigDecimal monthly,
      BigDecimal last,
      LocalDate firstDueOn,
      int remaining)
      implements Serializable {}
}
