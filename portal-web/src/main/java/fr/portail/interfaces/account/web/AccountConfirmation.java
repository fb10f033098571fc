package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.SignUpService;
import fr.portail.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The confirmation link's page. The account opens on a button press, not on the GET: mail scanners
 * that fetch links must not spend the token.
 */
@Named
@ViewScoped
public class AccountConfirmation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignUpService signUps;

  private String token;

  public String confirm() {
    try {
      signUps.confirm(token);
    } catch (InvalidInputException e) {
      Messages.error(null, "token.invalid");
      return null;
    }
    Messages.infoAfterRedirect("signup.confirmed");
    return "/connexion.xhtml?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
