package fr.portail.application.internal;

import fr.portail.application.DashboardFilter;
import fr.portail.application.DashboardScope;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.TechnicalDashboardService;
import fr.portail.application.TechnicalDashboardView;
import fr.portail.application.TechnicalDashboardView.Count;
import fr.portail.application.TechnicalDashboardView.KeyFigures;
import fr.portail.application.TechnicalDashboardView.Row;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.dashboard.TechnicalFacts;
import fr.portail.domain.model.dashboard.TechnicalFigures;
import fr.portail.domain.model.dashboard.TechnicalStatistics;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The technical managers' dashboard, over their agencies only. The customer officers do not see it:
 * they have no part in technical requests, which the caretakers and technical managers work.
 */
@Stateless
@RolesAllowed(Role.TECHNICAL_MANAGER_NAME)
public class DefaultTechnicalDashboardService implements TechnicalDashboardService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private TechnicalStatistics statistics;
  @Inject private Clock clock;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Choices choices() {
    UserAccount me = callers.of(session.getCallerPrincipal());
    List<Choice> agencies =
        me.agencies().stream()
            .sorted(Comparator.comparing(Agency::name))
            .map(a -> new Choice(a.code(), a.name()))
            .toList();
    return new Choices(agencies, residencesOf(me.agencies()));
  }

  @Override
  public DashboardScope scope(DashboardFilter filter) {
    return scopeOf(callers.of(session.getCallerPrincipal()), filter).scope();
  }

  @Override
  public TechnicalDashboardView dashboard(DashboardFilter filter) {
    Checked checked = scopeOf(callers.of(session.getCallerPrincipal()), filter);
    DashboardScope scope = checked.scope();
    List<TechnicalFacts> facts =
        statistics.facts(
            checked.agencies().stream().map(Agency::id).collect(Collectors.toSet()),
            scope.residenceId(),
            scope.since());
    TechnicalFigures figures = TechnicalFigures.of(facts, scope.since(), scope.now());
    KeyFigures key =
        new KeyFigures(
            figures.open(),
            figures.openLate(),
            figures.openAgeDays().value(),
            figures.closed(),
            figures.closedLate(),
            figures.lateShare(),
            figures.resolutionDays().value(),
            figures.satisfaction().value(),
            figures.satisfaction().count());
    return new TechnicalDashboardView(
        scope,
        key,
        counts(figures.openByResidence(), Function.identity()),
        counts(figures.openByCategory(), c -> c.labelKey()),
        counts(figures.openByAge(), a -> a.labelKey()),
        counts(figures.ratings(), String::valueOf),
        facts.stream()
            .filter(f -> f.open() || f.closedSince(scope.since()) || f.ratedSince(scope.since()))
            .map(f -> row(f, scope.now()))
            .toList());
  }

  private record Checked(DashboardScope scope, Set<Agency> agencies) {}

  /**
   * The caller's agencies the filter covers; an agency or a residence that is not his is "not
   * found", so the dashboard never shows another agency's numbers.
   */
  private Checked scopeOf(UserAccount me, DashboardFilter filter) {
    if (filter == null || !DashboardFilter.PERIODS.contains(filter.periodDays())) {
      throw new InvalidInputException("period", "dashboard.period.invalid");
    }
    Set<Agency> agencies =
        filter.agencyCode() == null
            ? me.agencies()
            : me.agencies().stream()
                .filter(a -> a.code().equals(filter.agencyCode()))
                .collect(Collectors.toSet());
    if (agencies.isEmpty() && filter.agencyCode() != null) {
      throw new NotFoundException("agence " + filter.agencyCode());
    }
    if (filter.residenceId() != null
        && residencesOf(agencies).stream().noneMatch(r -> r.id().equals(filter.residenceId()))) {
      throw new NotFoundException("résidence " + filter.residenceId());
    }
    Instant now = clock.instant();
    DashboardScope scope =
        new DashboardScope(
            agencies.stream().map(Agency::code).collect(Collectors.toSet()),
            filter.residenceId(),
            now.minus(Duration.ofDays(filter.periodDays())),
            now);
    return new Checked(scope, agencies);
  }

  private List<ResidenceChoice> residencesOf(Set<Agency> agencies) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select r.id, r.name, r.agency.code from Residence r where r.agency in :agencies"
                + " order by r.name",
            Object[].class)
        .setParameter("agencies", agencies)
        .getResultList()
        .stream()
        .map(row -> new ResidenceChoice((Long) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  private static <K> List<Count> counts(Map<K, Long> counts, Function<K, String> key) {
    return counts.entrySet().stream()
        .map(e -> new Count(key.apply(e.getKey()), e.getValue()))
        .toList();
  }

  private static Row row(TechnicalFacts f, Instant now) {
    return new Row(
        f.requestId(),
        f.number(),
        f.agencyCode(),
        f.residenceName(),
        f.category().labelKey(),
        f.urgency().name(),
        f.status().name(),
        f.resolution() == null ? null : f.resolution().name(),
        f.submittedAt(),
        f.closedAt(),
        f.age(now).toDays(),
        f.deadlineMissed(),
        f.rating());
  }
}
