package fr.portail.application;

/** Slows down and then locks repeated failed logins, per login and per client address. */
public interface LoginThrottle {

  /** Whether a login may be tried now; a refused try is recorded as a failure. */
  boolean mayTry(String login, String clientAddress);

  void failed(String login, String clientAddress);

  void succeeded(String login);
}
