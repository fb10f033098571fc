package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.SignUpService;
import fr.portail.domain.model.account.AccountToken;
import fr.portail.domain.model.account.AccountTokenRepository;
import fr.portail.domain.model.account.PasswordPolicy;
import fr.portail.domain.model.account.TokenPurpose;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Person;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Public sign-up. The visitor always gets the same answer; what happened is told only by e-mail to
 * the address's owner, so the form reveals neither contracts nor accounts. Every path hashes the
 * password once, so the answer's timing tells nothing either.
 */
@Stateless
@PermitAll
public class DefaultSignUpService implements SignUpService {

  static final int NAME_MAX = 100;

  /** Names are compared with the lease's, so only what no name holds is refused outright. */
  private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\"{}\\p{Cntrl}]");

  @Inject private UserAccountRepository accounts;
  @Inject private AccountTokenRepository tokens;
  @Inject private ContractRepository contracts;
  @Inject private PasswordHasher hasher;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;
  @Inject private Clock clock;

  @Override
  public void signUp(SignUp form) {
    ClientReference reference =
        valid("clientReference", () -> new ClientReference(form.clientReference()));
    String lastName = name("lastName", form.lastName());
    String firstName = name("firstName", form.firstName());
    LocalDate birthDate = form.birthDate();
    if (birthDate == null
        || birthDate.isAfter(LocalDate.now(clock))
        || birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
      throw new InvalidInputException("birthDate", "signup.birthDate.invalid");
    }
    EmailAddress email = valid("email", () -> new EmailAddress(form.email()));
    valid("password", () -> PasswordPolicy.require(form.password()));
    if (!form.termsAccepted()) {
      throw new InvalidInputException("terms", "signup.terms.required");
    }
    if (!form.privacyAccepted()) {
      throw new InvalidInputException("privacy", "signup.privacy.required");
    }
    String passwordHash = hasher.hash(form.password());
    Instant now = clock.instant();

    Optional<UserAccount> existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      UserAccount account = existing.get();
      if (!account.enabled() && !account.confirmed()) {
        sendConfirmation(account, now);
      } else {
        tellAccountExists(account);
      }
      return;
    }
    Optional<Person> signatory =
        contracts
            .findByClientReference(reference)
            .filter(Contract::isActive)
            .flatMap(
                c ->
                    c.signatories().stream()
                        .filter(p -> p.hasIdentity(lastName, firstName, birthDate))
                        .findFirst());
    if (signatory.isEmpty()) {
      return;
    }
    Optional<UserAccount> personsAccount = accounts.findTenantOf(signatory.get());
    if (personsAccount.isPresent()) {
      tellAccountExists(personsAccount.get());
      return;
    }
    UserAccount account =
        UserAccount.tenantAwaitingConfirmation(
            email, passwordHash, signatory.get(), form.paperlessNotices(), now);
    accounts.store(account);
    sendConfirmation(account, now);
  }

  @Override
  public void confirm(String secret) {
    AccountToken token =
        Tokens.spend(tokens, secret, TokenPurpose.CONFIRM_ACCOUNT, clock.instant());
    UserAccount account = token.account();
    if (account.confirmed()) {
      throw new InvalidInputException("token", "token.invalid");
    }
    account.confirm(clock.instant());
    if (account.paperlessNotices()) {
      // The consent given at sign-up takes effect on the signatory's contracts once confirmed;
      // "Mes documents" shows it and lets him stop it.
      contracts.findBySignatory(account.person().id()).stream()
          .filter(c -> c.isActive())
          .forEach(c -> c.subscribePaperless(clock.instant()));
    }
  }

  private void sendConfirmation(UserAccount account, Instant now) {
    tokens.findOpen(account, TokenPurpose.CONFIRM_ACCOUNT).forEach(t -> t.revoke(now));
    AccountToken.Issued issued =
        AccountToken.issue(account, TokenPurpose.CONFIRM_ACCOUNT, null, now);
    tokens.store(issued.token());
    mails.fire(
        new OutgoingMail(
            account.email(),
            "account-confirmation",
            Map.of(
                "name",
                account.displayName(),
                "link",
                links.withToken("/confirmation.xhtml", issued.secret()))));
  }

  private void tellAccountExists(UserAccount account) {
    mails.fire(
        new OutgoingMail(
            account.email(),
            "account-exists",
            Map.of("login", account.email().value(), "link", links.page("/connexion.xhtml"))));
  }

  static String name(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "signup." + field + ".required");
    }
    if (value.strip().length() > NAME_MAX || MARKUP_OR_CONTROL.matcher(value).find()) {
      throw new InvalidInputException(field, "signup." + field + ".invalid");
    }
    return value.strip();
  }

  static <T> T valid(String field, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidValueException e) {
      throw new InvalidInputException(field, e.messageKey());
    }
  }
}
