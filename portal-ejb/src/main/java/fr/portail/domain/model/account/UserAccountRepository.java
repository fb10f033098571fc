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

  /** The enabled staff accounts with this role in this agency, by name. */
  java.util.List<UserAccount> findStaff(Role role, String agencyCode);

  /** Display names of accounts by id (unknown ids left out). */
  java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids);

  void store(UserAccount account);

  void store(LoginRecord login);

  /** The times of the account's latest logins, newest first. */
  java.util.List<java.time.Instant> latestLogins(Long accountId, int max);
}
