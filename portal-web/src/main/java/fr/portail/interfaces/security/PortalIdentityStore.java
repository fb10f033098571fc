package fr.portail.interfaces.security;

import fr.portail.application.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks a login against the portal's accounts (PBKDF2 hashes). The principal is the account id,
 * stable when the tenant changes his e-mail; the groups are the account's roles.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .verify(login.getCaller(), login.getPasswordAsString())
        .map(c -> new CredentialValidationResult(c.principalName(), c.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
