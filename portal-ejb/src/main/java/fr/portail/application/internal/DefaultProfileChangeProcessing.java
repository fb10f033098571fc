package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.ProfileChangeProcessing;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.profile.ProfileChangeProposal;
import fr.portail.domain.model.profile.ProfileChangeRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

@Stateless
@RolesAllowed(Role.SYSTEM_NAME)
public class DefaultProfileChangeProcessing implements ProfileChangeProcessing {

  @Inject private RequestRepository requests;
  @Inject private ProfileChangeRepository proposals;
  @Inject private ContractRepository contracts;
  @Inject private UserAccountRepository accounts;
  @Inject private RequestNotifications notifications;
  @Inject private Clock clock;

  @Override
  public void approve(Long requestId, Long actorId) {
    TenantRequest request = request(requestId);
    ProfileChangeProposal proposal = proposal(request);
    Instant now = clock.instant();
    try {
      for (Person newcomer : proposal.approve(now)) {
        contracts.store(newcomer);
      }
    } catch (InvalidValueException e) {
      // The file changed since the proposal (an occupant left meanwhile): nothing is applied.
      throw new InvalidInputException(null, "profile.cannotApply");
    }
    close(
        request,
        Resolution.APPROVED,
        DefaultProfileChangeService.texts().getString("profileChange.outcome.approved"),
        actorId,
        now);
  }

  @Override
  public void reject(Long requestId, String reason, Long actorId) {
    TenantRequest request = request(requestId);
    Instant now = clock.instant();
    proposal(request).reject(now);
    close(request, Resolution.REJECTED, reason, actorId, now);
  }

  @Override
  public void expire(Long requestId) {
    TenantRequest request = request(requestId);
    Instant now = clock.instant();
    proposal(request).expire(now);
    close(
        request,
        Resolution.EXPIRED,
        DefaultProfileChangeService.texts().getString("profileChange.outcome.expired"),
        null,
        now);
  }

  private void close(
      TenantRequest request, Resolution resolution, String outcome, Long actorId, Instant at) {
    try {
      notifications.stepReached(
          request, request.close(resolution, outcome, actorName(actorId), at));
    } catch (InvalidValueException e) {
      throw new InvalidInputException("reason", e.messageKey());
    }
  }

  private TenantRequest request(Long requestId) {
    return requests
        .find(requestId)
        .orElseThrow(() -> new NotFoundException("demande " + requestId));
  }

  private ProfileChangeProposal proposal(TenantRequest request) {
    return proposals
        .findByRequest(request.id())
        .orElseThrow(() -> new NotFoundException("proposition de la demande " + request.number()));
  }

  private String actorName(Long actorId) {
    return actorId == null
        ? TenantRequest.LANDLORD
        : accounts.find(actorId).map(a -> a.displayName()).orElse(TenantRequest.LANDLORD);
  }
}
