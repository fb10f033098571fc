package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.bank.BankDetailsChange;
import fr.portail.domain.model.bank.BankDetailsChangeRepository;
import fr.portail.domain.model.contract.DirectDebitMandate;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class JpaBankDetailsChangeRepository implements BankDetailsChangeRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<BankDetailsChange> findByRequest(Long requestId) {
    return em.createNamedQuery("BankDetailsChange.findByRequest", BankDetailsChange.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<BankDetailsChange> findPending(Long contractId) {
    return em.createNamedQuery("BankDetailsChange.findPending", BankDetailsChange.class)
        .setParameter("contractId", contractId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DirectDebitMandate> latestMandate(Long contractId) {
    return em.createNamedQuery("DirectDebitMandate.latest", DirectDebitMandate.class)
        .setParameter("contractId", contractId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lockContract(Long contractId) {
    em.createNativeQuery("select id from contract where id = ? for update")
        .setParameter(1, contractId)
        .getResultList();
  }

  @Override
  public void store(BankDetailsChange change) {
    em.persist(change);
    em.flush();
  }

  @Override
  public void store(DirectDebitMandate amendment) {
    em.persist(amendment);
    em.flush();
  }
}
