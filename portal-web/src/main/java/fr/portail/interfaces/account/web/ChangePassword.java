package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.MyAccountService;
import fr.portail.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/** "Modifier mon mot de passe": the current one, then the new one twice. */
@Named
@RequestScoped
public class ChangePassword {

  private static final String FORM = "changePasswordForm:";

  @Inject private MyAccountService myAccount;

  private String currentPassword;
  private String password;
  private String passwordConfirmation;

  public String save() {
    if (!Objects.equals(password, passwordConfirmation)) {
      Messages.error(FORM + "passwordConfirmation", "password.mismatch");
      return null;
    }
    try {
      myAccount.changePassword(currentPassword, password);
    } catch (InvalidInputException e) {
      Messages.error(FORM + e.field(), e.messageKey());
      return null;
    }
    Messages.infoAfterRedirect("myAccount.password.saved");
    return "/locataire/accueil.xhtml?faces-redirect=true";
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordConfirmation() {
    return passwordConfirmation;
  }

  public void setPasswordConfirmation(String passwordConfirmation) {
    this.passwordConfirmation = passwordConfirmation;
  }
}
