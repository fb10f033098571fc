package fr.portail.interfaces.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.portail.application.LoginThrottle;
import fr.portail.domain.model.account.Role;
import fr.portail.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form: e-mail and password, one neutral message when they do not match. Repeated
 * failures are throttled per login and per client address (see LoginThrottling); a throttled or
 * locked try gets the same neutral message, without the password even being checked.
 */
@Named
@RequestScoped
public class Login {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;
  @Inject private LoginThrottle throttle;

  private String email;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String clientAddress = request.getRemoteAddr();
    if (!throttle.mayTry(email, clientAddress)) {
      refuse();
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        throttle.succeeded(email);
        // A new session id at login: a session fixed before login is worthless after it.
        request.changeSessionId();
        external.redirect(external.getRequestContextPath() + homeOf(security));
      }
      default -> {
        throttle.failed(email, clientAddress);
        refuse();
      }
    }
  }

  private void refuse() {
    password = null;
    Messages.error(null, "login.failed");
  }

  /** Where a logged-in user starts: his file for a tenant, the inbox for staff. */
  static String homeOf(SecurityContext security) {
    if (security.isCallerInRole(Role.TENANT_NAME)) {
      return "/locataire/accueil.xhtml";
    }
    if (security.isCallerInRole(Role.ANALYST_NAME) || security.isCallerInRole(Role.ADMIN_NAME)) {
      return "/gestion/bientot.xhtml";
    }
    return "/gestion/corbeille.xhtml";
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
}
