package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.dashboard.TechnicalFacts;
import fr.portail.domain.model.dashboard.TechnicalStatistics;
import fr.portail.domain.model.request.RequestStatus;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.Urgency;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One row per request, read in a single query on the indexed columns: the dashboard needs a few
 * facts of a few thousand requests, not their aggregates.
 */
@Stateless
public class JpaTechnicalStatistics implements TechnicalStatistics {

  private static final String SELECT =
      "select r.id, r.number, a.code, s.id, s.name, t.category, t.urgency, r.status,"
          + " r.resolution, r.submitted_at, r.closed_at, t.deadline_missed, t.rating, t.rated_at"
          + " from technical_report t"
          + " join tenant_request r on r.id = t.request_id"
          + " join residence s on s.id = t.residence_id"
          + " join agency a on a.id = s.agency_id"
          + " where r.type = 'TECHNICAL'"
          + " and (r.status <> 'CLOSED' or r.closed_at >= ?1 or t.rated_at >= ?1)";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public List<TechnicalFacts> facts(Set<Long> agencyIds, Long residenceId, Instant since) {
    if (agencyIds.isEmpty()) {
      return List.of();
    }
    List<Long> agencies = List.copyOf(agencyIds);
    StringBuilder sql = new StringBuilder(SELECT).append(" and a.id in (");
    for (int i = 0; i < agencies.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append('?').append(i + 3);
    }
    sql.append(')');
    if (residenceId != null) {
      sql.append(" and s.id = ?2");
    }
    sql.append(" order by r.submitted_at, r.id");
    var query = em.createNativeQuery(sql.toString()).setParameter(1, Timestamp.from(since));
    if (residenceId != null) {
      query.setParameter(2, residenceId);
    }
    for (int i = 0; i < agencies.size(); i++) {
      query.setParameter(i + 3, agencies.get(i));
    }
    return ((List<Object[]>) query.getResultList())
        .stream().map(JpaTechnicalStatistics::facts).toList();
  }

  private static TechnicalFacts facts(Object[] row) {
    return new TechnicalFacts(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        ((Number) row[3]).longValue(),
        (String) row[4],
        TechnicalCategory.valueOf((String) row[5]),
        Urgency.valueOf((String) row[6]),
        RequestStatus.valueOf((String) row[7]),
        row[8] == null ? null : Resolution.valueOf((String) row[8]),
        instant(row[9]),
        instant(row[10]),
        Boolean.TRUE.equals(row[11]),
        row[12] == null ? null : ((Number) row[12]).intValue(),
        instant(row[13]));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("not a moment: " + value.getClass());
  }
}
