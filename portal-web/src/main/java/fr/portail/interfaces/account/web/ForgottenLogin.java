package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.LoginReminderService;
import fr.portail.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** "Identifiants oubliés ?": the login goes by e-mail to the account's address, never here. */
@Named
@RequestScoped
public class ForgottenLogin {

  @Inject private LoginReminderService reminders;

  private String clientReference;
  private String lastName;
  private String firstName;
  private LocalDate birthDate;

  public String send() {
    try {
      reminders.remind(clientReference, lastName, firstName, birthDate);
    } catch (InvalidInputException e) {
      Messages.error("forgottenLoginForm:" + e.field(), e.messageKey());
      return null;
    }
    Messages.infoAfterRedirect("forgottenLogin.sent");
    return "/connexion.xhtml?faces-redirect=true";
  }

  public String getClientReference() {
    return clientReference;
  }

  public void setClientReference(String clientReference) {
    this.clientReference = clientReference;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }
}
