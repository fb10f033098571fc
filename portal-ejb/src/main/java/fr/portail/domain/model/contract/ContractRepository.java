package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds contracts and their account balance. */
public interface ContractRepository {

  Optional<Contract> find(Long id);

  Optional<Contract> findByFileNumber(FileNumber fileNumber);

  Optional<Contract> findByClientReference(ClientReference reference);

  List<Contract> findBySignatory(Long personId);

  Money balanceOf(Long contractId, LocalDate asOf);

  /** The mandate in force on a date: the latest one effective by then. */
  Optional<DirectDebitMandate> mandateInForce(Long contractId, LocalDate asOf);

  /** The attestation that ends last, if any. */
  Optional<InsuranceCertificate> latestInsurance(Long contractId);

  /** An attestation that covers the day (the one ending last if several). */
  Optional<InsuranceCertificate> insuranceCovering(Long contractId, LocalDate day);

  /** Id, kind and month of each document of a contract, newest first, without the content. */
  List<DocumentEntry> documentsOf(Long contractId);

  Optional<TenantDocument> findDocument(Long documentId);

  /** The latest payments of the contracts, newest first. */
  List<LedgerEntry> latestPayments(List<Long> contractIds, int max);

  List<fr.portail.domain.model.agency.AgencyContact> contactsOf(Long agencyId);

  /** A document's listing row. */
  record DocumentEntry(Long id, DocumentKind kind, java.time.YearMonth month) {}

  void store(Contract contract);

  void store(Person person);

  void store(LedgerEntry entry);

  void store(DirectDebitMandate mandate);

  void store(InsuranceCertificate certificate);

  void store(TenantDocument document);
}
