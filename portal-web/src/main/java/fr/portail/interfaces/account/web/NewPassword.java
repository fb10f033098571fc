package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.PasswordResetService;
import fr.portail.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/** The reset link's page: the new password, typed twice. */
@Named
@ViewScoped
public class NewPassword implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "newPasswordForm:";

  @Inject private PasswordResetService resets;

  private String token;
  private String password;
  private String passwordConfirmation;
  private boolean usable = true;

  /** On opening the link: a used or expired one is said at once, with no form to fill in. */
  public void check() {
    usable = resets.isUsable(token);
    if (!usable) {
      Messages.error(null, "token.invalid");
    }
  }

  public boolean isUsable() {
    return usable;
  }

  public String save() {
    if (!Objects.equals(password, passwordConfirmation)) {
      Messages.error(FORM + "passwordConfirmation", "password.mismatch");
      return null;
    }
    try {
      resets.reset(token, password);
    } catch (InvalidInputException e) {
      if ("token".equals(e.field())) {
        Messages.error(null, "token.invalid");
      } else {
        Messages.error(FORM + e.field(), e.messageKey());
      }
      return null;
    }
    Messages.infoAfterRedirect("newPassword.saved");
    return "/connexion.xhtml?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
