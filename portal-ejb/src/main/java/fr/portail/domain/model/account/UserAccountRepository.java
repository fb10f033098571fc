package fr.portail.domain.model.account;

import fr.portail.domain.shared.EmailAddress;
import java.util.Optional;

/** Finds and stores portal accounts. */
public interface UserAccountRepository {

  Optional<UserAccount> find(Long id);

  Optional<UserAccount> findByEmail(EmailAddress email);

  void store(UserAccount account);
}
