package fr.portail.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Finds and stores the e-mailed links' tokens (by hash only). */
public interface AccountTokenRepository {

  Optional<AccountToken> findByHash(String tokenHash);

  List<AccountToken> findOpen(UserAccount account, TokenPurpose purpose);

  void store(AccountToken token);
}
