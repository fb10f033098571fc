package fr.portail.interfaces.account.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.SignUpService;
import fr.portail.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * "Créer mon compte". Whatever happened (account created, identity unknown, address taken), the
 * visitor reads the same sentence; only refused input is said next to its field.
 */
@Named
@ViewScoped
public class SignUp implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "signupForm:";

  @Inject private SignUpService signUps;

  private String clientReference;
  private String lastName;
  private String firstName;
  private LocalDate birthDate;
  private String email;
  private String password;
  private String passwordConfirmation;
  private boolean termsAccepted;
  private boolean privacyAccepted;
  private boolean paperlessNotices = true;

  public String submit() {
    if (!Objects.equals(password, passwordConfirmation)) {
      Messages.error(FORM + "passwordConfirmation", "password.mismatch");
      return null;
    }
    try {
      signUps.signUp(
          new SignUpService.SignUp(
              clientReference,
              lastName,
              firstName,
              birthDate,
              email,
              password,
              termsAccepted,
              privacyAccepted,
              paperlessNotices));
    } catch (InvalidInputException e) {
      Messages.error(FORM + e.field(), e.messageKey());
      return null;
    }
    Messages.infoAfterRedirect("signup.sent");
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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

  public boolean isTermsAccepted() {
    return termsAccepted;
  }

  public void setTermsAccepted(boolean termsAccepted) {
    this.termsAccepted = termsAccepted;
  }

  public boolean isPrivacyAccepted() {
    return privacyAccepted;
  }

  public void setPrivacyAccepted(boolean privacyAccepted) {
    this.privacyAccepted = privacyAccepted;
  }

  public boolean isPaperlessNotices() {
    return paperlessNotices;
  }

  public void setPaperlessNotices(boolean paperlessNotices) {
    this.paperlessNotices = paperlessNotices;
  }
}
