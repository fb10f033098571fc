package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.MyAccountService;
import fr.portail.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Objects;

/** "Modifier mon adresse e-mail": typed twice; applied when the link sent there is followed. */
@Named
@RequestScoped
public class ChangeEmail {

  private static final String FORM = "changeEmailForm:";

  @Inject private MyAccountService myAccount;

  private String email;
  private String emailConfirmation;

  public String send() {
    if (!Objects.equals(normalized(email), normalized(emailConfirmation))) {
      Messages.error(FORM + "emailConfirmation", "myAccount.email.mismatch");
      return null;
    }
    try {
      myAccount.requestEmailChange(email);
    } catch (InvalidInputException e) {
      Messages.error(FORM + e.field(), e.messageKey());
      return null;
    }
    Messages.infoAfterRedirect("myAccount.email.sent");
    return "/locataire/accueil.xhtml?faces-redirect=true";
  }

  private static String normalized(String s) {
    return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getEmailConfirmation() {
    return emailConfirmation;
  }

  public void setEmailConfirmation(String emailConfirmation) {
    this.emailConfirmation = emailConfirmation;
  }
}
