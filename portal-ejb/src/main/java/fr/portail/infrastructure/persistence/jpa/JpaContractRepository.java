package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.agency.AgencyContact;
import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.contract.DocumentKind;
import fr.portail.domain.model.contract.FileNumber;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.contract.LedgerEntry;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.contract.TenantDocument;
import fr.portail.domain.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@Stateless
public class JpaContractRepository implements ContractRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<Contract> find(Long id) {
    return Optional.ofNullable(em.find(Contract.class, id));
  }

  @Override
  public Optional<Contract> findByFileNumber(FileNumber fileNumber) {
    return em.createNamedQuery("Contract.findByFileNumber", Contract.class)
        .setParameter("fileNumber", fileNumber.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Contract> findByClientReference(ClientReference reference) {
    return em.createNamedQuery("Contract.findByClientReference", Contract.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Contract> findBySignatory(Long personId) {
    return em.createNamedQuery("Contract.findBySignatory", Contract.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  @Override
  public Money balanceOf(Long contractId, LocalDate asOf) {
    BigDecimal sum =
        em.createNamedQuery("LedgerEntry.balanceOf", BigDecimal.class)
            .setParameter("contractId", contractId)
            .setParameter("asOf", asOf)
            .getSingleResult();
    return new Money(sum);
  }

  @Override
  public Optional<DirectDebitMandate> mandateInForce(Long contractId, LocalDate asOf) {
    return em.createNamedQuery("DirectDebitMandate.inForce", DirectDebitMandate.class)
        .setParameter("contractId", contractId)
        .setParameter("asOf", asOf)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InsuranceCertificate> latestInsurance(Long contractId) {
    return em.createNamedQuery("InsuranceCertificate.latest", InsuranceCertificate.class)
        .setParameter("contractId", contractId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InsuranceCertificate> insuranceCovering(Long contractId, LocalDate day) {
    return em.createNamedQuery("InsuranceCertificate.covering", InsuranceCertificate.class)
        .setParameter("contractId", contractId)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DocumentEntry> documentsOf(Long contractId) {
    return em
        .createNamedQuery("TenantDocument.listByContract", Object[].class)
        .setParameter("contractId", contractId)
        .getResultList()
        .stream()
        .map(
            row ->
                new DocumentEntry(
                    (Long) row[0],
                    (DocumentKind) row[1],
                    YearMonth.from(
                        row[2] instanceof LocalDate day
                            ? day
                            : ((java.sql.Date) row[2]).toLocalDate())))
        .toList();
  }

  @Override
  public Optional<TenantDocument> findDocument(Long documentId) {
    return Optional.ofNullable(em.find(TenantDocument.class, documentId));
  }

  @Override
  public List<LedgerEntry> latestPayments(List<Long> contractIds, int max) {
    if (contractIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("LedgerEntry.latestPayments", LedgerEntry.class)
        .setParameter("contractIds", contractIds)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<AgencyContact> contactsOf(Long agencyId) {
    return em.createNamedQuery("AgencyContact.ofAgency", AgencyContact.class)
        .setParameter("agencyId", agencyId)
        .getResultList();
  }

  @Override
  public void store(DirectDebitMandate mandate) {
    em.persist(mandate);
  }

  @Override
  public void store(InsuranceCertificate certificate) {
    em.persist(certificate);
  }

  @Override
  public void store(TenantDocument document) {
    em.persist(document);
  }

  @Override
  public void store(Contract contract) {
    em.persist(contract);
  }

  @Override
  public void store(Person person) {
    em.persist(person);
  }

  @Override
  public void store(LedgerEntry entry) {
    em.persist(entry);
  }
}
