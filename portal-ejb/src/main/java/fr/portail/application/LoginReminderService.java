package fr.portail.application;

import java.time.LocalDate;

/** "Identifiants oubliés": the login of a signatory's account, sent to the account's address. */
public interface LoginReminderService {

  /**
   * Sends the login to the account's address when the reference and identity match a signatory of
   * an active contract who has an account; the caller learns nothing either way.
   *
   * @throws InvalidInputException when a field is malformed
   */
  void remind(String clientReference, String lastName, String firstName, LocalDate birthDate);
}
