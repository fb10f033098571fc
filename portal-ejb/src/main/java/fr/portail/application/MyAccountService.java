package fr.portail.application;

/** "Mon compte" of a logged-in tenant: change his password, change his login address. */
public interface MyAccountService {

  /**
   * Replaces the password after checking the current one.
   *
   * @throws InvalidInputException field "currentPassword" when it is wrong, "password" when the new
   *     one is weak
   */
  void changePassword(String currentPassword, String newPassword);

  /**
   * Sends a confirmation link to the new address; the login changes only when it is followed. If
   * the address already has an account, nothing is sent there but a warning, and the answer is the
   * same.
   *
   * @throws InvalidInputException field "email" for a malformed address
   */
  void requestEmailChange(String newEmail);

  /**
   * Applies the e-mail change of a link.
   *
   * @throws InvalidInputException field "token" for an unusable link
   */
  void confirmEmailChange(String token);
}
