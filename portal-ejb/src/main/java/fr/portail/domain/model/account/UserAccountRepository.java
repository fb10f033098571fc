package fr.portail.domain.model.account;

import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.EmailAddress;
import java.util.Optional;

/** Finds and stores portal accounts. */
public interface UserAccountRepository {

  Optional<UserAccount> find(Long id);

  Optional<UserAccount> findByEmail(EmailAddress email);

  /** The tenant account of a signatory, if he has one. */
  Optional<UserAccount> findTenantOf(Person person);

  void store(UserAccount account);

  void store(LoginRecord login);

  /** The times of the account's latest logins, newest first. */
  java.util.List<java.time.Instant> latestLogins(Long accountId, int max);
}
