package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a customer officer checks on an insurance renewal: the attestation sent beside the one on
 * file, the earlier attestations with their decisions, the formal notice if one was served.
 *
 * @param current the attestation on file (covering today, else the latest), or null
 * @param pending the attestation waiting for the check, or null
 */
public record RenewalReview(
    Long requestId,
    String requestNumber,
    boolean openedByLandlord,
    Certificate current,
    Submission pending,
    List<Submission> earlier,
    LocalDate formalNoticeOn,
    LocalDate substitutionFrom)
    implements Serializable {

  /** An attestation recorded for the contract. */
  public record Certificate(
      String insurer, String policyNumber, LocalDate validFrom, LocalDate validTo, boolean valid)
      implements Serializable {}

  /** An attestation the tenant sent, its document and the decision on it. */
  public record Submission(
      Long id,
      String insurer,
      String policyNumber,
      LocalDate validFrom,
      LocalDate validTo,
      Long documentId,
      String fileName,
      boolean image,
      Instant submittedAt,
      String decision,
      String decidedBy,
      Instant decidedAt,
      String rejectionReason)
      implements Serializable {}
}
