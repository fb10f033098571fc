package fr.portail.application.internal;

import fr.portail.application.LoginThrottle;
import fr.portail.domain.model.account.LoginFailure;
import fr.portail.domain.model.account.LoginFailureRepository;
import fr.portail.domain.model.account.LoginThrottling;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Called by the login form before anyone is authenticated, hence open to all callers. */
@Stateless
@PermitAll
public class DefaultLoginThrottle implements LoginThrottle {

  @Inject private LoginFailureRepository failures;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(
      name = "portal.login.address.free.failures",
      defaultValue = "" + LoginThrottling.ADDRESS_FREE_FAILURES)
  int addressFreeFailures;

  @Inject
  @ConfigProperty(
      name = "portal.login.address.lock.failures",
      defaultValue = "" + LoginThrottling.ADDRESS_LOCK_FAILURES)
  int addressLockFailures;

  @Override
  public boolean mayTry(String login, String clientAddress) {
    Instant now = clock.instant();
    Instant since = now.minus(LoginThrottling.WINDOW);
    String normalized = LoginFailure.normalizedLogin(login);
    boolean allowed =
        LoginThrottling.refusedUntil(
                failures.ofLogin(normalized, since),
                failures.ofAddress(clientAddress, since),
                now,
                new LoginThrottling.AddressLimits(addressFreeFailures, addressLockFailures))
            .isEmpty();
    if (!allowed) {
      failures.store(new LoginFailure(login, clientAddress, now));
    }
    return allowed;
  }

  @Override
  public void failed(String login, String clientAddress) {
    failures.store(new LoginFailure(login, clientAddress, clock.instant()));
  }

  @Override
  public void succeeded(String login) {
    failures.forget(LoginFailure.normalizedLogin(login));
  }
}
