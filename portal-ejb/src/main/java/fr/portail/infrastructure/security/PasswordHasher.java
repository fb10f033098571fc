package fr.portail.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with the container's PBKDF2 implementation. The stored form carries
 * its algorithm, iterations and salt, so older hashes keep verifying if the parameters change.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** Verified when the account does not exist, so both answers take the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("mot de passe de leurre".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification, for an unknown login. */
  public void verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
