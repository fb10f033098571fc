package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.PasswordResetService;
import fr.portail.domain.model.account.AccountToken;
import fr.portail.domain.model.account.AccountTokenRepository;
import fr.portail.domain.model.account.PasswordPolicy;
import fr.portail.domain.model.account.TokenPurpose;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.infrastructure.mail.OutgoingMail;
import fr.portail.infrastructure.security.PasswordHasher;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Password reset by e-mail; the request's answer never says whether the address is known. */
@Stateless
@PermitAll
public class DefaultPasswordResetService implements PasswordResetService {

  @Inject private UserAccountRepository accounts;
  @Inject private AccountTokenRepository tokens;
  @Inject private PasswordHasher hasher;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;
  @Inject private Clock clock;

  @Override
  public void requestReset(String email) {
    Optional<UserAccount> account;
    try {
      account = accounts.findByEmail(new EmailAddress(email)).filter(UserAccount::enabled);
    } catch (InvalidValueException e) {
      throw new InvalidInputException("email", "email.invalid");
    }
    if (account.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    tokens.findOpen(account.get(), TokenPurpose.RESET_PASSWORD).forEach(t -> t.revoke(now));
    AccountToken.Issued issued =
        AccountToken.issue(account.get(), TokenPurpose.RESET_PASSWORD, null, now);
    tokens.store(issued.token());
    mails.fire(
        new OutgoingMail(
            account.get().email(),
            "password-reset",
            Map.of(
                "name",
                account.get().displayName(),
                "link",
                links.withToken("/nouveau-mot-de-passe.xhtml", issued.secret()))));
  }

  @Override
  public boolean isUsable(String secret) {
    return Tokens.usable(tokens, secret, TokenPurpose.RESET_PASSWORD, clock.instant());
  }

  @Override
  public void reset(String secret, String newPassword) {
    DefaultSignUpService.valid("password", () -> PasswordPolicy.require(newPassword));
    AccountToken token = Tokens.spend(tokens, secret, TokenPurpose.RESET_PASSWORD, clock.instant());
    if (!token.account().enabled()) {
      throw new InvalidInputException("token", "token.invalid");
    }
    token.account().changePassword(hasher.hash(newPassword));
  }
}
