package fr.portail.application.internal;

import fr.portail.application.BankDetailsProcessing;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.bank.BankDetailsChange;
import fr.portail.domain.model.bank.BankDetailsChangeRepository;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestStep;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

@Stateless
@RolesAllowed(Role.SYSTEM_NAME)
public class DefaultBankDetailsProcessing implements BankDetailsProcessing {

  static final String AMENDED_STEP = "step.bankDetails.mandateAmended";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private RequestRepository requests;
  @Inject private BankDetailsChangeRepository changes;
  @Inject private UserAccountRepository accounts;
  @Inject private RequestNotifications notifications;
  @Inject private Clock clock;

  @Override
  public LocalDate approve(Long requestId, Long actorId) {
    TenantRequest request = request(requestId);
    BankDetailsChange change = change(requestId);
    DirectDebitMandate onFile = changes.latestMandate(request.contract().id()).orElse(null);
    if (!BankDetailsChange.paysByDirectDebit(request.contract(), onFile)) {
      // The contract stopped paying by direct debit meanwhile: nothing to amend, refuse instead.
      throw new InvalidInputException(null, "bank.approve.noDirectDebit");
    }
    Instant now = clock.instant();
    DirectDebitMandate amendment = change.approve(onFile, LocalDate.now(clock), now);
    changes.store(amendment);
    String told =
        new MessageFormat(texts().getString("bankDetails.scheduled"), Locale.FRENCH)
            .format(
                new Object[] {
                  amendment.iban().masked(),
                  DATE.format(change.effectiveFrom()),
                  amendment.reference()
                });
    String actor = actorName(actorId);
    request.record(AMENDED_STEP, told, actor, now, true);
    // One e-mail for both steps: the closing one, whose answer gives the date.
    RequestStep closed = request.close(Resolution.APPROVED, told, actor, now);
    notifications.stepReached(request, closed);
    return change.effectiveFrom();
  }

  @Override
  public void reject(Long requestId, String reason, Long actorId) {
    TenantRequest request = request(requestId);
    Instant now = clock.instant();
    change(requestId).reject(now);
    RequestStep closed;
    try {
      closed = request.close(Resolution.REJECTED, reason, actorName(actorId), now);
    } catch (InvalidValueException e) {
      throw new InvalidInputException("outcome", e.messageKey());
    }
    notifications.stepReached(request, closed);
  }

  private TenantRequest request(Long requestId) {
    return requests
        .find(requestId)
        .orElseThrow(() -> new NotFoundException("demande " + requestId));
  }

  private BankDetailsChange change(Long requestId) {
    return changes
        .findByRequest(requestId)
        .orElseThrow(() -> new NotFoundException("changement de RIB " + requestId));
  }

  private String actorName(Long actorId) {
    return actorId == null
        ? TenantRequest.LANDLORD
        : accounts.find(actorId).map(a -> a.displayName()).orElse(TenantRequest.LANDLORD);
  }

  private static ResourceBundle texts() {
    return ResourceBundle.getBundle(RequestNotifications.TEXTS, Locale.FRENCH);
  }
}
