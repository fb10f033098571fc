package fr.portail.application.internal;

import fr.portail.application.AccountService;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.infrastructure.security.PasswordHasher;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Called by the identity store before anyone is authenticated, hence open to all callers. */
@Stateless
@PermitAll
public class DefaultAccountService implements AccountService {

  private static final int PASSWORD_MAX = 256;

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  @Override
  public Optional<AuthenticatedCaller> verify(String email, String password) {
    if (password == null || password.isEmpty() || password.length() > PASSWORD_MAX) {
      return Optional.empty();
    }
    Optional<UserAccount> account;
    try {
      account = accounts.findByEmail(new EmailAddress(email)).filter(UserAccount::enabled);
    } catch (InvalidValueException e) {
      account = Optional.empty();
    }
    if (account.isEmpty()) {
      hasher.verifyDecoy(password);
      return Optional.empty();
    }
    UserAccount found = account.get();
    if (!hasher.matches(password, found.passwordHash())) {
      return Optional.empty();
    }
    found.recordLogin(clock.instant());
    accounts.store(new fr.portail.domain.model.account.LoginRecord(found, clock.instant()));
    Set<String> groups = found.roles().stream().map(Role::name).collect(Collectors.toSet());
    return Optional.of(new AuthenticatedCaller(String.valueOf(found.id()), groups));
  }
}
