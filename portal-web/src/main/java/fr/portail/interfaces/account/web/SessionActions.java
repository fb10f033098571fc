package fr.portail.interfaces.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Landing on the portal's root, and logging out. */
@Named
@RequestScoped
public class SessionActions {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  /** The root page sends a logged-in user to his home and anyone else to the login page. */
  public void land() throws IOException {
    ExternalContext external = faces.getExternalContext();
    String target =
        security.getCallerPrincipal() == null ? "/connexion.xhtml" : Login.homeOf(security);
    external.redirect(external.getRequestContextPath() + target);
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/connexion.xhtml?deconnecte=1");
  }

  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }
}
