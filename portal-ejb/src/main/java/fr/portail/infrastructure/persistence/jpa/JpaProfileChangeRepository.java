package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.profile.ProfileChangeProposal;
import fr.portail.domain.model.profile.ProfileChangeRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class JpaProfileChangeRepository implements ProfileChangeRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<ProfileChangeProposal> findByRequest(Long requestId) {
    return em.createNamedQuery("ProfileChangeProposal.findByRequest", ProfileChangeProposal.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(ProfileChangeProposal proposal) {
    em.persist(proposal);
    em.flush();
  }

  @Override
  public void lockContract(Long contractId) {
    em.createNativeQuery("select id from contract where id = ? for update")
        .setParameter(1, contractId)
        .getResultList();
  }
}
