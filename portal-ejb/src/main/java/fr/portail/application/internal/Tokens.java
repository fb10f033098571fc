package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.domain.model.account.AccountToken;
import fr.portail.domain.model.account.AccountTokenRepository;
import fr.portail.domain.model.account.TokenPurpose;
import fr.portail.domain.shared.InvalidValueException;
import java.time.Instant;

/** Spends a link's token: unknown, used, expired or foreign tokens get one and the same refusal. */
final class Tokens {

  private Tokens() {}

  static AccountToken spend(
      AccountTokenRepository tokens, String secret, TokenPurpose purpose, Instant now) {
    try {
      AccountToken token =
          tokens
              .findByHash(AccountToken.hashOf(secret))
              .orElseThrow(() -> new InvalidValueException("token.invalid", "unknown"));
      token.use(purpose, now);
      return token;
    } catch (InvalidValueException e) {
      throw new InvalidInputException("token", "token.invalid");
    }
  }

  /** Whether a link would still be accepted now, without spending it. */
  static boolean usable(
      AccountTokenRepository tokens, String secret, TokenPurpose purpose, Instant now) {
    if (secret == null || secret.isBlank()) {
      return false;
    }
    return tokens
        .findByHash(AccountToken.hashOf(secret))
        .filter(t -> t.purpose() == purpose && t.usableAt(now) && t.account().enabled())
        .isPresent();
  }
}
