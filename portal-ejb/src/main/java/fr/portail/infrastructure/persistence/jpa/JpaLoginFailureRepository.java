package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.account.LoginFailure;
import fr.portail.domain.model.account.LoginFailureRepository;
import fr.portail.domain.model.account.LoginThrottling.Failures;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

@Stateless
public class JpaLoginFailureRepository implements LoginFailureRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Failures ofLogin(String login, Instant since) {
    return failures("f.login", login, since);
  }

  @Override
  public Failures ofAddress(String clientAddress, Instant since) {
    return failures("f.clientAddress", clientAddress, since);
  }

  private Failures failures(String attribute, String value, Instant since) {
    String where = " from LoginFailure f where " + attribute + " = :value and f.failedAt > :since";
    long count =
        em.createQuery("select count(f)" + where, Long.class)
            .setParameter("value", value)
            .setParameter("since", since)
            .getSingleResult();
    if (count == 0) {
      return Failures.NONE;
    }
    // The entity, not max(failedAt): the attribute converter applies to entities' attributes.
    LoginFailure latest =
        em.createQuery("select f" + where + " order by f.failedAt desc", LoginFailure.class)
            .setParameter("value", value)
            .setParameter("since", since)
            .setMaxResults(1)
            .getSingleResult();
    return new Failures(count, latest.failedAt());
  }

  @Override
  public void store(LoginFailure failure) {
    em.persist(failure);
  }

  @Override
  public void forget(String login) {
    em.createQuery("delete from LoginFailure f where f.login = :login")
        .setParameter("login", login)
        .executeUpdate();
  }
}
