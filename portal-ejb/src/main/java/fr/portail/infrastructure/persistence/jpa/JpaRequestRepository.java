package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
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
  public Optional<TenantRequest> findOpen(Long contractId, RequestType type) {
    return em.createNamedQuery("TenantRequest.findOpenByContractAndType", TenantRequest.class)
        .setParameter("contractId", contractId)
        .setParameter("type", type)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(TenantRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public void store(RequestDocument document) {
    em.persist(document);
    em.flush();
  }

  @Override
  public Optional<RequestDocument> findDocument(Long documentId) {
    return Optional.ofNullable(em.find(RequestDocument.class, documentId));
  }

  @Override
  public List<RequestDocument.Entry> documentsOf(Long requestId) {
    return em
        .createNamedQuery("RequestDocument.findByRequest", Object[].class)
        .setParameter("requestId", requestId)
        .getResultList()
        .stream()
        .map(
            row ->
                new RequestDocument.Entry(
                    (Long) row[0],
                    (AttachmentKind) row[1],
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).intValue(),
                    row[5] instanceof Instant at ? at : ((OffsetDateTime) row[5]).toInstant(),
                    (Long) row[6]))
        .toList();
  }
}
