package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.LoginReminderService;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.infrastructure.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Sends a forgotten login to the account's own address, never on the page. */
@Stateless
@PermitAll
public class DefaultLoginReminderService implements LoginReminderService {

  @Inject private UserAccountRepository accounts;
  @Inject private ContractRepository contracts;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;
  @Inject private Clock clock;

  @Override
  public void remind(String clientReference, String lastName, String firstName, LocalDate birth) {
    ClientReference reference =
        DefaultSignUpService.valid("clientReference", () -> new ClientReference(clientReference));
    String last = DefaultSignUpService.name("lastName", lastName);
    String first = DefaultSignUpService.name("firstName", firstName);
    if (birth == null || birth.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("birthDate", "signup.birthDate.invalid");
    }
    Optional<UserAccount> account =
        contracts
            .findByClientReference(reference)
            .filter(Contract::isActive)
            .flatMap(
                c ->
                    c.signatories().stream()
                        .filter(p -> p.hasIdentity(last, first, birth))
                        .findFirst())
            .flatMap(accounts::findTenantOf)
            .filter(UserAccount::enabled);
    account.ifPresent(
        a ->
            mails.fire(
                new OutgoingMail(
                    a.email(),
                    "login-reminder",
                    Map.of(
                        "name",
                        a.displayName(),
                        "login",
                        a.email().value(),
                        "link",
                        links.page("/connexion.xhtml")))));
  }
}
