package fr.portail.interfaces.security;

import fr.portail.domain.model.account.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form authentication with the portal's own login page: a protected page sends the visitor to
 * /connexion.xhtml, and back to the page once logged in.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/connexion.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
  Role.TENANT_NAME,
  Role.CUSTOMER_OFFICER_NAME,
  Role.CARETAKER_NAME,
  Role.TECHNICAL_MANAGER_NAME,
  Role.CONTRACTOR_NAME,
  Role.SOCIAL_ADVISOR_NAME,
  Role.ANALYST_NAME,
  Role.ADMIN_NAME
})
@ApplicationScoped
public class PortalAuthentication {}
