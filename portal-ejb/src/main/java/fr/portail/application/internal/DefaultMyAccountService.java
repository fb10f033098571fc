package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.MyAccountService;
import fr.portail.domain.model.account.AccountToken;
import fr.portail.domain.model.account.AccountTokenRepository;
import fr.portail.domain.model.account.PasswordPolicy;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.TokenPurpose;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.infrastructure.mail.OutgoingMail;
import fr.portail.infrastructure.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The logged-in tenant's own account; every change is on the caller's account only. */
@Stateless
@RolesAllowed(Role.TENANT_NAME)
public class DefaultMyAccountService implements MyAccountService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private UserAccountRepository accounts;
  @Inject private AccountTokenRepository tokens;
  @Inject private PasswordHasher hasher;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;
  @Inject private Clock clock;

  @Override
  public void changePassword(String currentPassword, String newPassword) {
    UserAccount me = callers.of(session.getCallerPrincipal());
    if (currentPassword == null
        || currentPassword.length() > PasswordPolicy.MAX_LENGTH
        || !hasher.matches(currentPassword, me.passwordHash())) {
      throw new InvalidInputException("currentPassword", "myAccount.currentPassword.wrong");
    }
    DefaultSignUpService.valid("password", () -> PasswordPolicy.require(newPassword));
    me.changePassword(hasher.hash(newPassword));
  }

  @Override
  public void requestEmailChange(String newEmail) {
    UserAccount me = callers.of(session.getCallerPrincipal());
    EmailAddress next = DefaultSignUpService.valid("email", () -> new EmailAddress(newEmail));
    if (next.equals(me.email())) {
      throw new InvalidInputException("email", "myAccount.email.same");
    }
    if (accounts.findByEmail(next).isPresent()) {
      mails.fire(
          new OutgoingMail(
              next,
              "account-exists",
              Map.of("login", next.value(), "link", links.page("/connexion.xhtml"))));
      return;
    }
    Instant now = clock.instant();
    tokens.findOpen(me, TokenPurpose.CHANGE_EMAIL).forEach(t -> t.revoke(now));
    AccountToken.Issued issued = AccountToken.issue(me, TokenPurpose.CHANGE_EMAIL, next, now);
    tokens.store(issued.token());
    mails.fire(
        new OutgoingMail(
            next,
            "email-change",
            Map.of(
                "name",
                me.displayName(),
                "link",
                links.withToken("/confirmation-email.xhtml", issued.secret()))));
  }

  /** Open to all: the link may be followed from another device, logged out; the token decides. */
  @Override
  @PermitAll
  public void confirmEmailChange(String secret) {
    AccountToken token = Tokens.spend(tokens, secret, TokenPurpose.CHANGE_EMAIL, clock.instant());
    UserAccount account = token.account();
    if (!account.enabled() || accounts.findByEmail(token.newEmail()).isPresent()) {
      throw new InvalidInputException("token", "token.invalid");
    }
    EmailAddress previous = account.email();
    account.changeEmail(token.newEmail());
    mails.fire(
        new OutgoingMail(
            previous,
            "email-changed",
            Map.of("name", account.displayName(), "email", token.newEmail().value())));
  }
}
