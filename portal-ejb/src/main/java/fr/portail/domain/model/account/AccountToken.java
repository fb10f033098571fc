package fr.portail.domain.model.account;

import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A single-use, expiring link sent by e-mail (account confirmation, password reset, e-mail change).
 * The secret goes only into the e-mail; the database keeps its SHA-256, so a copy of the table
 * opens nothing.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.findByHash",
    query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "AccountToken.findOpen",
    query =
        "select t from AccountToken t where t.account = :account and t.purpose = :purpose"
            + " and t.usedAt is null")
public class AccountToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** 32 random bytes in URL-safe Base64 without padding: 43 characters. */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 20)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "new_email"))
  private EmailAddress newEmail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  private AccountToken(
      UserAccount account,
      TokenPurpose purpose,
      String tokenHash,
      EmailAddress newEmail,
      Instant now) {
    if (account == null || purpose == null || now == null) {
      throw new IllegalArgumentException("account, purpose and time expected");
    }
    if ((purpose == TokenPurpose.CHANGE_EMAIL) != (newEmail != null)) {
      throw new IllegalArgumentException("a new e-mail goes with an e-mail change only");
    }
    this.account = account;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.newEmail = newEmail;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** A new token and its secret, which is to be sent and never stored. */
  public static Issued issue(
      UserAccount account, TokenPurpose purpose, EmailAddress newEmail, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new AccountToken(account, purpose, hashOf(secret), newEmail, now), secret);
  }

  /** The SHA-256 of a secret, in lower-case hex, as stored. */
  public static String hashOf(String secret) {
    if (secret == null || !SECRET.matcher(secret).matches()) {
      throw new InvalidValueException("token.invalid", "format");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the link still works at that time: not used yet, not expired. */
  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Spends the token for the given purpose; a used, expired or foreign token is refused. */
  public void use(TokenPurpose expected, Instant now) {
    if (purpose != expected || !usableAt(now)) {
      throw new InvalidValueException("token.invalid", "unusable");
    }
    this.usedAt = now;
  }

  /** Makes an older link worthless when a new one is sent. */
  public void revoke(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public UserAccount account() {
    return account;
  }

  public TokenPurpose purpose() {
    return purpose;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public EmailAddress newEmail() {
    return newEmail;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }

  /** A token just issued, with the secret to put in the link. */
  public record Issued(AccountToken token, String secret) {}
}
