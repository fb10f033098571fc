package fr.portail.workflow.demo;

import fr.portail.application.internal.DefaultProfileChangeService;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.profile.ContactDetails;
import fr.portail.domain.model.profile.OccupantData;
import fr.portail.domain.model.profile.ProfileChangeProposal;
import fr.portail.domain.model.profile.ProfileChangeRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the profile change demonstrable: two changes waiting in the inbox of the demo customer
 * officer, sent by tenants other than Mme Dupont (left free for the live demo): M. Martin's new
 * mobile phone and CAF number, Mme Bernard's newborn child (an officer would ask for the birth
 * certificate). Each starts its process as a tenant's submission does. Loaded once: nothing is
 * added when these tenants have a profile change on file already.
 */
@Singleton
@Startup
// After the demo's tenants and staff, and once the engine runs: its processes start here. In this
// module, because the EAR starts its modules in order and the engine is not up while portal-ejb's
// singletons start.
@DependsOn({"portal-ejb.jar#DemoDataLoader", "ProcessEngineLifecycle"})
public class ProfileChangeDemoData {

  private static final Logger LOG = Logger.getLogger(ProfileChangeDemoData.class.getName());
  private static final String TEXTS = "fr.portail.application.RequestTexts";

  @Inject private UserAccountRepository accounts;
  @Inject private ContractRepository contracts;
  @Inject private RequestRepository requests;
  @Inject private ProfileChangeRepository proposals;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    propose(
        "jean.martin@demo.fr",
        ProfileChangeProposal.Kind.CONTACT,
        (request) ->
            ProfileChangeProposal.contactChange(
                request,
                request.submittedBy().person(),
                new ContactDetails(
                    request.submittedBy().person().homePhone(),
                    new PhoneNumber("07 81 42 63 90"),
                    request.submittedBy().person().workPhone(),
                    new EmailAddress("jean.martin.perso@demo.fr"),
                    "4815162"),
                clock.instant()));
    propose(
        "sophie.bernard@demo.fr",
        ProfileChangeProposal.Kind.OCCUPANTS,
        (request) ->
            ProfileChangeProposal.occupantChanges(
                request,
                request.submittedBy().person(),
                List.of(
                    OccupantData.of(
                        Civility.MME,
                        "Bernard",
                        "Jade",
                        LocalDate.now(clock).minusWeeks(3),
                        "enfant",
                        LocalDate.now(clock))),
                Set.of(),
                Map.of(),
                clock.instant()));
  }

  private void propose(
      String email,
      ProfileChangeProposal.Kind kind,
      Function<TenantRequest, ProfileChangeProposal> proposal) {
    Optional<UserAccount> tenant = accounts.findByEmail(new EmailAddress(email));
    if (tenant.isEmpty() || tenant.get().person() == null) {
      return;
    }
    Optional<Contract> housing =
        contracts.findBySignatory(tenant.get().person().id()).stream()
            .filter(c -> c.isActive() && c.kind() == ContractKind.LOGEMENT)
            .findFirst();
    if (housing.isEmpty()
        || requests.findByContracts(List.of(housing.get().id())).stream()
            .anyMatch(r -> r.type() == RequestType.PROFILE_CHANGE)) {
      return;
    }
    TenantRequest request =
        TenantRequest.submitForm(
            requests.nextNumber(),
            housing.get(),
            tenant.get(),
            RequestType.PROFILE_CHANGE,
            ResourceBundle.getBundle(TEXTS, Locale.FRENCH)
                .getString("profileChange.subject." + kind.name()),
            clock.instant());
    ProfileChangeProposal change = proposal.apply(request);
    requests.store(request);
    proposals.store(change);
    // As a tenant's submission: observed by the workflow module, which starts the process.
    submitted.fire(
        request.submittedEvent(Map.of(DefaultProfileChangeService.KIND_FACT, kind.name())));
    LOG.info(
        () -> "Démonstration : demande de mise à jour n° " + request.number() + " en attente.");
  }
}
