package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.PasswordResetService;
import fr.portail.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Mot de passe oublié ?": the same answer whether or not the address has an account. */
@Named
@RequestScoped
public class ForgottenPassword {

  @Inject private PasswordResetService resets;

  private String email;

  public String send() {
    try {
      resets.requestReset(email);
    } catch (InvalidInputException e) {
      Messages.error("forgottenForm:email", "email.invalid");
      return null;
    }
    Messages.infoAfterRedirect("forgotten.sent");
    return "/connexion.xhtml?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
