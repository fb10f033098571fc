package fr.portail.application;

import java.time.LocalDate;

/** "Créer mon compte": a signatory of an active contract opens his account, confirmed by e-mail. */
public interface SignUpService {

  /**
   * Asks for an account. Whatever the outcome (created, identity unknown, address already used),
   * the caller learns nothing but refused input: the answer is in the e-mail, if any.
   *
   * @throws InvalidInputException when a field is malformed (nothing stored, nothing sent)
   */
  void signUp(SignUp request);

  /**
   * Activates the account of a confirmation link.
   *
   * @throws InvalidInputException with field "token" when the link is unknown, used or expired
   */
  void confirm(String token);

  /** What the sign-up form carries. */
  record SignUp(
      String clientReference,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String email,
      String password,
      boolean termsAccepted,
      boolean privacyAccepted,
      boolean paperlessNotices) {

    @Override
    public String toString() {
      return "SignUp[" + clientReference + "]";
    }
  }
}
