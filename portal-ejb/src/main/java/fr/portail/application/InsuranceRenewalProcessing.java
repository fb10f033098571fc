package fr.portail.application;

/**
 * What the {@code insuranceRenewal} process does to the renewals it runs, and how the daily expiry
 * scan opens them. Called only by the process engine and the batch job (role SYSTEM); the actor is
 * the account that made the step happen, null for a timer or the scan.
 */
public interface InsuranceRenewalProcessing {

  /** Fact of the start: whether the request came with the tenant's attestation. */
  String ATTESTATION_ATTACHED = "attestationAttached";

  /** Fact of the start: the last day of cover on file (ISO date); absent when none. */
  String COVERAGE_ENDS_ON = "coverageEndsOn";

  /** The landlord asks the tenant for his attestation (opened by the scan); waits for him. */
  void attestationRequested(Long requestId);

  /** A reminder: the attestation is still awaited (the tenant is e-mailed). */
  void reminded(Long requestId);

  /**
   * The formal notice (mise en demeure) is served: its date recorded, the tenant told in a letter
   * by e-mail from when the landlord may insure on his behalf.
   */
  void formalNoticeServed(Long requestId);

  /** The officer accepts the attestation: coverage recorded, request closed as accepted. */
  void accept(Long requestId, Long actorId);

  /** The officer refuses the attestation with a reason; a new one is awaited from the tenant. */
  void reject(Long requestId, String reason, Long actorId);

  /**
   * The landlord insured the home on the tenant's behalf: the insurance and its twelve monthly
   * instalments recorded on the account, the request closed with what the tenant will pay.
   */
  void substitute(Long requestId, SubstitutionInput input, Long actorId);

  /**
   * Opens a renewal for a contract whose cover has ended or ends soon, and starts its process;
   * nothing when one is open already.
   *
   * @return the new request's id, or null when a renewal was open
   */
  Long openOnExpiry(Long contractId);
}
