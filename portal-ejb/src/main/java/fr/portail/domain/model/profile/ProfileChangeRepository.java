package fr.portail.domain.model.profile;

import java.util.Optional;

/** Stores the proposals and finds the one of a request. */
public interface ProfileChangeRepository {

  Optional<ProfileChangeProposal> findByRequest(Long requestId);

  void store(ProfileChangeProposal proposal);

  /**
   * Holds the contract's row until the transaction ends, so that two proposals on the same file
   * sent at once are checked one after the other ("one open proposal per file").
   */
  void lockContract(Long contractId);
}
