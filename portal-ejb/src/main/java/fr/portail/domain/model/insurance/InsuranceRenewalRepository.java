package fr.portail.domain.model.insurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds and stores insurance renewals and the insurance taken out on tenants' behalf. */
public interface InsuranceRenewalRepository {

  Optional<InsuranceRenewal> findByRequest(Long requestId);

  void store(InsuranceRenewal renewal);

  void store(SubstituteInsurance insurance);

  /** The insurance the landlord took out for the contract that runs on that day, if any. */
  Optional<SubstituteInsurance> substitutionInForce(Long contractId, LocalDate day);

  /**
   * Locks the contract's row until the transaction ends, so that two openings of a renewal for one
   * contract (the tenant's form and the daily scan) run one after the other.
   */
  void lockContract(Long contractId);

  /**
   * The last day the contract is known to be insured: the end of its latest attestation or of the
   * insurance taken out for the tenant that has not been ended, whichever is later; empty when
   * there is neither.
   */
  Optional<LocalDate> coverageEnd(Long contractId);

  /**
   * Active housing contracts insured until before {@code horizon} or not at all, without an open
   * renewal, optionally of one agency: their ids above {@code afterId}, ascending, at most {@code
   * max}.
   */
  List<Long> uncoveredContracts(LocalDate horizon, String agencyCode, long afterId, int max);
}
