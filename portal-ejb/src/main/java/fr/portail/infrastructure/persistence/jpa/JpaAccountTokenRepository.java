package fr.portail.infrastructure.persistence.jpa;

import fr.portail.domain.model.account.AccountToken;
import fr.portail.domain.model.account.AccountTokenRepository;
import fr.portail.domain.model.account.TokenPurpose;
import fr.portail.domain.model.account.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class JpaAccountTokenRepository implements AccountTokenRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** Locks the row: two clicks on the same link at once, only one spends it. */
  @Override
  public Optional<AccountToken> findByHash(String tokenHash) {
    return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
        .setParameter("hash", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AccountToken> findOpen(UserAccount account, TokenPurpose purpose) {
    return em.createNamedQuery("AccountToken.findOpen", AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultList();
  }

  @Override
  public void store(AccountToken token) {
    em.persist(token);
  }
}
