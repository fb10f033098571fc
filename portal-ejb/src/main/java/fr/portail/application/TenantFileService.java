package fr.portail.application;

import java.util.List;

/** The tenant's own file: his contracts, their address and balance. */
public interface TenantFileService {

  /** The active contracts the calling tenant signed, with today's balance. */
  List<ContractSummary> myContracts();

  /** "Mon dossier". */
  TenantFileView myFile();

  /** "Mon contrat": each active contract with its occupants. */
  List<ContractDetail> myContractDetails();

  /** "Ma situation de solde": each active contract's balance and masked bank details. */
  List<BalanceView> myBalances();

  /** "Nous contacter": one entry per residence of the caller's active contracts. */
  List<ContactView> myContacts();

  /** The latest requests and payments, newest first. */
  List<ActivityView> latestActivity(int max);

  /** Whether a housing contract of the caller has no attestation covering today. */
  boolean insuranceMissing();
}
