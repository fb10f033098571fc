package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.TenantRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Stateless
public class JpaRequestRepository implements RequestRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public String nextNumber() {
    Number next =
        (Number) em.createNativeQuery("select nextval('request_number_seq')").getSingleResult();
    return String.valueOf(next.longValue());
  }

  @Override
  public Optional<TenantRequest> find(Long id) {
    return Optional.ofNullable(em.find(TenantRequest.class, id));
  }

  @Override
  public Optional<TenantRequest> findByNumber(String number) {
    return em.createNamedQuery("TenantRequest.findByNumber", TenantRequest.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TenantRequest> findByContracts(Collection<Long> contractIds) {
    if (contractIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("TenantRequest.findByContracts", TenantRequest.class)
        .setParameter("contractIds", contractIds)
        .getResultList();
  }

  @Override
  public void store(TenantRequest request) {
    em.persist(request);
    em.flush();
  }
}
