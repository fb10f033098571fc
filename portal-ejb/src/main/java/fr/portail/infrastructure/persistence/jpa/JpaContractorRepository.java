package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.contractor.ContractorRepository;
import fr.portail.domain.model.contractor.Siret;
import fr.portail.domain.model.technical.Trade;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class JpaContractorRepository implements ContractorRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<Contractor> find(Long id) {
    return Optional.ofNullable(em.find(Contractor.class, id));
  }

  @Override
  public Optional<Contractor> findBySiret(Siret siret) {
    return em.createNamedQuery("Contractor.findBySiret", Contractor.class)
        .setParameter("siret", siret.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Contractor> findByTradeAndAgency(Trade trade, String agencyCode) {
    return em.createNamedQuery("Contractor.findByTradeAndAgency", Contractor.class)
        .setParameter("trade", trade)
        .setParameter("agencyCode", agencyCode)
        .getResultList();
  }

  @Override
  public List<Contractor> findAll() {
    return em.createNamedQuery("Contractor.findAll", Contractor.class).getResultList();
  }

  @Override
  public void store(Contractor contractor) {
    em.persist(contractor);
  }
}
