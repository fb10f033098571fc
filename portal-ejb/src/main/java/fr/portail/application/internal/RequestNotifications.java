package fr.portail.application.internal;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.request.RequestStep;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.infrastructure.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Tells the tenant by e-mail of each step of his request that concerns him: the one who sent it, or
 * every signatory with an account when the landlord opened it. Sent once the transaction commits.
 */
@ApplicationScoped
class RequestNotifications {

  static final String TEXTS = "fr.portail.application.RequestTexts";

  @Inject private UserAccountRepository accounts;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;

  void stepReached(TenantRequest request, RequestStep step) {
    if (!step.tenantVisible()) {
      return;
    }
    ResourceBundle texts = ResourceBundle.getBundle(TEXTS, Locale.FRENCH);
    String detail = step.detail() == null ? "" : "Précision : " + step.detail();
    String outcome =
        request.outcome() == null || request.isOpen() ? "" : "Réponse : " + request.outcome();
    for (UserAccount tenant : recipients(request)) {
      mails.fire(
          new OutgoingMail(
              tenant.email(),
              "request-step",
              Map.of(
                  "name", tenant.displayName(),
                  "number", request.number(),
                  "subject", request.subject(),
                  "step", texts.getString(step.stepKey()),
                  "detail", detail,
                  "outcome", outcome,
                  "link", links.page("/locataire/demande.xhtml?numero=" + request.number()))));
    }
  }

  private List<UserAccount> recipients(TenantRequest request) {
    if (request.submittedBy() != null) {
      return request.submittedBy().enabled() ? List.of(request.submittedBy()) : List.of();
    }
    List<UserAccount> tenants = new ArrayList<>();
    for (Person signatory : request.contract().signatories()) {
      Optional<UserAccount> account = accounts.findTenantOf(signatory);
      account.filter(UserAccount::enabled).ifPresent(tenants::add);
    }
    return tenants;
  }
}
