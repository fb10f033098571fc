package fr.portail.application;

import java.util.List;

/** The tenant's own file: his contracts, their address and balance. */
public interface TenantFileService {

  /** The active contracts the calling tenant signed, with today's balance. */
  List<ContractSummary> myContracts();

  /** The caller's display name, as on his file. */
  String myName();
}
