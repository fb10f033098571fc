package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.FileNumber;
import fr.portail.domain.model.contract.LedgerEntry;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
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
