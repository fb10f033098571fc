package fr.portail.domain.model.bank;

import fr.portail.domain.model.contract.DirectDebitMandate;
import java.util.Optional;

/** Finds and stores changes of bank details, and the mandates they amend. */
public interface BankDetailsChangeRepository {

  Optional<BankDetailsChange> findByRequest(Long requestId);

  /** The change waiting for a decision on the contract, if any. */
  Optional<BankDetailsChange> findPending(Long contractId);

  /**
   * The mandate the contract is debited under from now on: the latest one, even when its date is
   * still to come (an approved change not yet in force).
   */
  Optional<DirectDebitMandate> latestMandate(Long contractId);

  /**
   * Holds the contract's row until the transaction ends, so that two submissions on the same
   * contract (a double click) run one after the other and the second sees the first.
   */
  void lockContract(Long contractId);

  void store(BankDetailsChange change);

  void store(DirectDebitMandate amendment);
}
