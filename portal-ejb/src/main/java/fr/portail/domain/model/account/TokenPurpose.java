package fr.portail.domain.model.account;

import java.time.Duration;

/** What a link sent by e-mail allows, and how long it stays valid. */
public enum TokenPurpose {
  /** Activates a new account: two days, time to find the e-mail. */
  CONFIRM_ACCOUNT(Duration.ofHours(48)),
  /** Sets a new password: one hour, as it opens the account. */
  RESET_PASSWORD(Duration.ofHours(1)),
  /** Applies a new login address: one day. */
  CHANGE_EMAIL(Duration.ofHours(24));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
