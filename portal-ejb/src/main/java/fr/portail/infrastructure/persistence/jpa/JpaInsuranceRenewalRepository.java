package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.insurance.InsuranceRenewal;
import fr.portail.domain.model.insurance.InsuranceRenewalRepository;
import fr.portail.domain.model.insurance.SubstituteInsurance;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
public class JpaInsuranceRenewalRepository implements InsuranceRenewalRepository {

  /** The day a contract is insured until: the later of its attestations' and substitutes' ends. */
  private static final String COVERAGE_END =
      "greatest((select max(i.valid_to) from insurance_certificate i where i.contract_id = c.id),"
          + " (select max(s.ends_on) from substitute_insurance s where s.contract_id = c.id"
          + " and s.ended_on is null))";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<InsuranceRenewal> findByRequest(Long requestId) {
    return em.createNamedQuery("InsuranceRenewal.findByRequest", InsuranceRenewal.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(InsuranceRenewal renewal) {
    em.persist(renewal);
    em.flush();
  }

  @Override
  public void store(SubstituteInsurance insurance) {
    em.persist(insurance);
    em.flush();
  }

  @Override
  public Optional<SubstituteInsurance> substitutionInForce(Long contractId, LocalDate day) {
    return em.createNamedQuery("SubstituteInsurance.inForce", SubstituteInsurance.class)
        .setParameter("contractId", contractId)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .filter(s -> s.inForceOn(day))
        .findFirst();
  }

  @Override
  public void lockContract(Long contractId) {
    em.createNativeQuery("select id from contract where id = ? for update")
        .setParameter(1, contractId)
        .getResultList();
  }

  @Override
  public Optional<LocalDate> coverageEnd(Long contractId) {
    List<?> end =
        em.createNativeQuery("select " + COVERAGE_END + " from contract c where c.id = ?")
            .setParameter(1, contractId)
            .getResultList();
    return end.isEmpty() ? Optional.empty() : Optional.ofNullable(day(end.get(0)));
  }

  @Override
  public List<Long> uncoveredContracts(
      LocalDate horizon, String agencyCode, long afterId, int max) {
    StringBuilder sql =
        new StringBuilder(
            "select c.id from contract c join unit u on u.id = c.unit_id"
                + " join residence r on r.id = u.residence_id join agency a on a.id = r.agency_id"
                + " where c.status = 'ACTIVE' and c.kind = 'LOGEMENT' and c.id > ?"
                + " and coalesce("
                + COVERAGE_END
                + ", date '0001-01-01') < ?"
                + " and not exists (select 1 from tenant_request t where t.contract_id = c.id"
                + " and t.type = 'INSURANCE_RENEWAL' and t.status <> 'CLOSED')");
    if (agencyCode != null) {
      sql.append(" and a.code = ?");
    }
    sql.append(" order by c.id limit ?");
    Query query = em.createNativeQuery(sql.toString());
    int p = 1;
    query.setParameter(p++, afterId);
    query.setParameter(p++, Date.valueOf(horizon));
    if (agencyCode != null) {
      query.setParameter(p++, agencyCode);
    }
    query.setParameter(p, max);
    return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
  }

  private static LocalDate day(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    return value instanceof Date date ? date.toLocalDate() : null;
  }
}
