package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.MyAccountService;
import fr.portail.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The new address's confirmation link: applied on a button press, not on the GET. */
@Named
@ViewScoped
public class EmailChangeConfirmation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyAccountService myAccount;

  private String token;

  public String confirm() {
    try {
      myAccount.confirmEmailChange(token);
    } catch (InvalidInputException e) {
      Messages.error(null, "token.invalid");
      return null;
    }
    Messages.infoAfterRedirect("myAccount.email.changed");
    return "/connexion.xhtml?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
