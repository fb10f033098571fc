package fr.portail.infrastructure.demo;

import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.Person;
import fr.portail.infrastructure.batch.LandlordActions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data of the insurance renewal. Mme Dupont keeps her expired attestation and the home alert,
 * untouched, for the live demo (she sends her attestation herself). M. Martin's attestation is made
 * to end in ten days and a renewal is opened for it as the daily scan would, so the demo also shows
 * a renewal the landlord opened, waiting for the tenant, with its reminders and formal notice to
 * come. Done once the whole application has started (the process engine lives in another module),
 * and only if M. Martin's contract never had a renewal: a redeploy changes nothing.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class InsuranceRenewalDemo {

  private static final Logger LOG = Logger.getLogger(InsuranceRenewalDemo.class.getName());

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Resource private TimerService timers;
  @Inject private ContractRepository contracts;
  @Inject private LandlordActions landlord;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void schedule() {
    if (enabled) {
      timers.createSingleActionTimer(10_000, new TimerConfig("démo assurance", false));
    }
  }

  @Timeout
  void load() {
    Contract lease =
        em.createQuery(
                "select p from Person p where p.lastName = 'Martin' and p.firstName = 'Jean'",
                Person.class)
            .getResultStream()
            .findFirst()
            .flatMap(
                p ->
                    contracts.findBySignatory(p.id()).stream()
                        .filter(c -> c.kind() == ContractKind.LOGEMENT && c.isActive())
                        .findFirst())
            .orElse(null);
    if (lease == null) {
      return;
    }
    Number renewals =
        (Number)
            em.createNativeQuery(
                    "select count(*) from tenant_request where contract_id = ?"
                        + " and type = 'INSURANCE_RENEWAL'")
                .setParameter(1, lease.id())
                .getSingleResult();
    if (renewals.longValue() > 0) {
      return;
    }
    em.createNativeQuery(
            "update insurance_certificate set valid_to = current_date + 10"
                + " where contract_id = ? and valid_from <= current_date")
        .setParameter(1, lease.id())
        .executeUpdate();
    Long request = landlord.openRenewal(lease.id());
    LOG.info(() -> "Démonstration : renouvellement d'assurance ouvert pour M. Martin, " + request);
  }
}
