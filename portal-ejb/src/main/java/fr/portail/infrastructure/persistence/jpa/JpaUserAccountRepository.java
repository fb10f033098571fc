package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.EmailAddress;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<UserAccount> find(Long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public Optional<UserAccount> findByEmail(EmailAddress email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> findStaff(Role role, String agencyCode) {
    return em.createQuery(
            "select distinct u from UserAccount u join u.roles r join u.agencies a"
                + " where r = :role and a.code = :agency and u.enabled = true"
                + " order by u.displayName",
            UserAccount.class)
        .setParameter("role", role)
        .setParameter("agency", agencyCode)
        .getResultList();
  }

  @Override
  public Map<Long, String> displayNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select u.id, u.displayName from UserAccount u where u.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  @Override
  public Optional<UserAccount> findTenantOf(Person person) {
    return em.createNamedQuery("UserAccount.findByPerson", UserAccount.class)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(fr.portail.domain.model.account.LoginRecord login) {
    em.persist(login);
  }

  @Override
  public java.util.List<java.time.Instant> latestLogins(Long accountId, int max) {
    return em.createNamedQuery("LoginRecord.latest", java.time.Instant.class)
        .setParameter("accountId", accountId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void store(UserAccount account) {
    em.persist(account);
  }
}
