package fr.portail.application;

import java.util.List;

/** Tenants send their home insurance attestation; customer officers read what they check. */
public interface InsuranceRenewalService {

  /** The home insurance of each of the caller's active housing contracts. */
  List<InsuranceStatusView> myInsurance();

  /**
   * Sends an attestation (typed data and its document) for one of the caller's housing contracts:
   * opens a renewal and starts its process, or answers the open renewal that waits for it; refused
   * while an attestation already waits for the agency's check.
   */
  RequestView sendAttestation(Long contractId, AttestationInput input, FileUpload document);

  /** The renewal behind a request of the calling officer's agencies, as he checks it. */
  RenewalReview reviewForStaff(Long requestId);
}
