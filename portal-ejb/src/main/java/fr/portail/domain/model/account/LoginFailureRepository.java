package fr.portail.domain.model.account;

import java.time.Instant;

/** Failed logins, counted for throttling. */
public interface LoginFailureRepository {

  LoginThrottling.Failures ofLogin(String login, Instant since);

  LoginThrottling.Failures ofAddress(String clientAddress, Instant since);

  void store(LoginFailure failure);

  /** Forgets a login's failures after a successful login. */
  void forget(String login);
}
