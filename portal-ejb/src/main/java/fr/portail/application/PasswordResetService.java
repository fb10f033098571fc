package fr.portail.application;

/** "Mot de passe oublié": a single-use, one-hour link sent to the account's address. */
public interface PasswordResetService {

  /** Sends a reset link if the address is an account's; the caller learns nothing either way. */
  void requestReset(String email);

  /** Whether a reset link still works, so that its page says so before anything is typed. */
  boolean isUsable(String token);

  /**
   * Sets the new password of a reset link.
   *
   * @throws InvalidInputException field "token" for an unusable link, "password" for a weak one
   */
  void reset(String token, String newPassword);
}
