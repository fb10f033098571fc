package fr.portail.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One failed (or throttled) login attempt: the login as typed, the client's address, when. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "login", nullable = false, length = 254)
  private String login;

  @Column(name = "client_address", nullable = false, length = 64)
  private String clientAddress;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  protected LoginFailure() {}

  public LoginFailure(String login, String clientAddress, Instant failedAt) {
    this.login = normalizedLogin(login);
    this.clientAddress = clip(clientAddress == null ? "?" : clientAddress, 64);
    this.failedAt = failedAt;
  }

  /** Logins are compared in lower case, trimmed, at most 254 characters. */
  public static String normalizedLogin(String login) {
    return clip(login == null ? "" : login.strip().toLowerCase(Locale.ROOT), 254);
  }

  private static String clip(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  public String login() {
    return login;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public Instant failedAt() {
    return failedAt;
  }
}
