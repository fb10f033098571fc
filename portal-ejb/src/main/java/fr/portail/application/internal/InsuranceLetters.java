package fr.portail.application.internal;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.infrastructure.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The formal notice (mise en demeure) sent by e-mail, a letter of its own rather than the usual
 * "your request moves on" message: to every signatory with an account, after commit.
 */
@ApplicationScoped
class InsuranceLetters {

  @Inject private UserAccountRepository accounts;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;

  void formalNotice(TenantRequest request, LocalDate servedOn, LocalDate substitutionFrom) {
    for (UserAccount tenant : recipients(request)) {
      mails.fire(
          new OutgoingMail(
              tenant.email(),
              "insurance-formal-notice",
              Map.of(
                  "name", tenant.displayName(),
                  "number", request.number(),
                  "fileNumber", request.contract().fileNumber().value(),
                  "servedOn", InsuranceTexts.date(servedOn),
                  "deadline", InsuranceTexts.date(substitutionFrom),
                  "link", links.page("/locataire/assurance.xhtml"),
                  "requestLink",
                      links.page("/locataire/demande.xhtml?numero=" + request.number()))));
    }
  }

  /** Every signatory of the contract who has an account: the notice concerns each of them. */
  private List<UserAccount> recipients(TenantRequest request) {
    List<UserAccount> tenants = new ArrayList<>();
    for (Person signatory : request.contract().signatories()) {
      accounts.findTenantOf(signatory).filter(UserAccount::enabled).ifPresent(tenants::add);
    }
    return tenants;
  }
}
