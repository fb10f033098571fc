package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.technical.TechnicalReport;
import fr.portail.domain.model.technical.TechnicalReportRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class JpaTechnicalReportRepository implements TechnicalReportRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<TechnicalReport> findByRequest(Long requestId) {
    return em.createNamedQuery("TechnicalReport.findByRequest", TechnicalReport.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TechnicalReport> openCarriersFor(TechnicalReport report) {
    return em.createNamedQuery("TechnicalReport.findOpenCarriers", TechnicalReport.class)
        .setParameter("residenceId", report.residence().id())
        .setParameter("category", report.category())
        .setParameter("reportId", report.id())
        .getResultList();
  }

  @Override
  public List<TechnicalReport> followersOf(TechnicalReport carrier) {
    return em.createNamedQuery("TechnicalReport.findFollowers", TechnicalReport.class)
        .setParameter("reportId", carrier.id())
        .getResultList();
  }

  @Override
  public boolean orderedFrom(Long requestId, Long contractorId) {
    return em.createNamedQuery("TechnicalReport.countOrderedFrom", Long.class)
            .setParameter("requestId", requestId)
            .setParameter("contractorId", contractorId)
            .getSingleResult()
        > 0;
  }

  @Override
  public void store(TechnicalReport report) {
    em.persist(report);
    em.flush();
  }
}
