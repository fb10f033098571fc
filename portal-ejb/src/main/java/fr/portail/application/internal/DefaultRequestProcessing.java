package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestProcessing;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

@Stateless
@RolesAllowed(Role.SYSTEM_NAME)
public class DefaultRequestProcessing implements RequestProcessing {

  @Inject private RequestRepository requests;
  @Inject private UserAccountRepository accounts;
  @Inject private RequestNotifications notifications;
  @Inject private Clock clock;

  @Override
  public void takenInHand(Long requestId, Long actorId) {
    TenantRequest request = request(requestId);
    int before = request.steps().size();
    request.takenInHand(actorName(actorId), clock.instant());
    if (request.steps().size() > before) {
      notifications.stepReached(request, request.steps().get(before));
    }
  }

  @Override
  public void record(
      Long requestId, String stepKey, String detail, Long actorId, boolean tenantFacing) {
    TenantRequest request = request(requestId);
    notifications.stepReached(
        request,
        valid(
            "detail",
            () ->
                request.record(
                    stepKey, detail, actorName(actorId), clock.instant(), tenantFacing)));
  }

  @Override
  public void awaitTenant(Long requestId, String stepKey, String detail, Long actorId) {
    TenantRequest request = request(requestId);
    notifications.stepReached(
        request,
        valid(
            "detail",
            () -> request.awaitTenant(stepKey, detail, actorName(actorId), clock.instant())));
  }

  @Override
  public void close(Long requestId, Resolution resolution, String outcome, Long actorId) {
    TenantRequest request = request(requestId);
    notifications.stepReached(
        request,
        valid(
            "outcome",
            () -> request.close(resolution, outcome, actorName(actorId), clock.instant())));
  }

  private TenantRequest request(Long requestId) {
    return requests
        .find(requestId)
        .orElseThrow(() -> new NotFoundException("demande " + requestId));
  }

  /** The display name of the account that made the step happen; null for the process itself. */
  String actorName(Long actorId) {
    return actorId == null
        ? TenantRequest.LANDLORD
        : accounts.find(actorId).map(a -> a.displayName()).orElse(TenantRequest.LANDLORD);
  }

  private static <T> T valid(String field, java.util.function.Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidValueException e) {
      throw new InvalidInputException(field, e.messageKey());
    }
  }
}
