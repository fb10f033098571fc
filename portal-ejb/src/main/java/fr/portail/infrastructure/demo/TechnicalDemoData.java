package fr.portail.infrastructure.demo;

import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.contractor.Siret;
import fr.portail.domain.model.technical.Trade;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import fr.portail.infrastructure.security.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds the technical reference data to the demo (portal.demo-data=true): five contractors covering
 * every trade in both demo agencies, the demo contractor account tied to its company, and each
 * residence's caretaker account assigned to it, so a technical request of any demo tenant reaches a
 * caretaker. Does nothing once a contractor exists, so a redeploy keeps what the demo user did.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class TechnicalDemoData {

  private static final Logger LOG = Logger.getLogger(TechnicalDemoData.class.getName());

  /** The demo contractor account of DemoDataLoader, named after its company. */
  private static final String CONTRACTOR_LOGIN = "prestataire@demo.fr";

  private static final String CONTRACTOR_COMPANY = "Plomberie Versaillaise";

  /**
   * The caretakers of DemoDataLoader's residences that have no account there yet: login, name as
   * the residence shows it, agency code. M. Robert Caron (Les Tilleuls) is gardien@demo.fr.
   */
  private static final String[][] CARETAKERS = {
    {"gardien.montreuil@demo.fr", "Sylvie Henry", "VERSAILLES"},
    {"gardien.parc@demo.fr", "Ahmed Benali", "SAINT-CYR"}
  };

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    Long contractors =
        em.createQuery("select count(c) from Contractor c", Long.class).getSingleResult();
    if (contractors > 0) {
      LOG.info("Prestataires de démonstration déjà présents : rien à charger.");
      return;
    }
    List<Agency> agencies = em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
    if (agencies.isEmpty()) {
      LOG.warning("Pas d'agence de démonstration : prestataires et gardiens non chargés.");
      return;
    }
    Set<Agency> all = new HashSet<>(agencies);

    Contractor plumber =
        contractor(
            CONTRACTOR_COMPANY,
            "81245678900013",
            EnumSet.of(Trade.PLOMBERIE, Trade.CHAUFFAGE),
            all,
            "01 39 51 20 30",
            "contact.plomberie@demo.fr");
    contractor(
        "Yvelines Électricité",
        "52345678900016",
        EnumSet.of(Trade.ELECTRICITE, Trade.VENTILATION),
        all,
        "01 30 21 40 50",
        "contact.electricite@demo.fr");
    contractor(
        "Ascenseurs Île-de-France Maintenance",
        "41234567800012",
        EnumSet.of(Trade.ASCENSEUR),
        all,
        "01 39 02 60 70",
        "depannage.ascenseurs@demo.fr");
    contractor(
        "Multiservices du Parc",
        "90123456700013",
        EnumSet.of(
            Trade.MULTISERVICE,
            Trade.SERRURERIE,
            Trade.MENUISERIE,
            Trade.VITRERIE,
            Trade.PORTES_AUTOMATIQUES),
        all,
        "01 30 58 80 90",
        "contact.multiservices@demo.fr");
    contractor(
        "Propreté Verte 78",
        "32109876500019",
        EnumSet.of(Trade.NETTOYAGE, Trade.ESPACES_VERTS),
        all,
        "01 34 60 10 20",
        "contact.proprete@demo.fr");

    account(CONTRACTOR_LOGIN)
        .filter(a -> a.hasRole(Role.CONTRACTOR))
        .ifPresent(a -> a.belongTo(plumber));

    String password = null;
    for (String[] caretaker : CARETAKERS) {
      if (account(caretaker[0]).isEmpty()) {
        if (password == null) {
          password = hasher.hash(DemoDataLoader.DEMO_PASSWORD);
        }
        Agency agency =
            em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", caretaker[2])
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (agency != null) {
          em.persist(
              UserAccount.staff(
                  new EmailAddress(caretaker[0]),
                  password,
                  caretaker[1],
                  EnumSet.of(Role.CARETAKER),
                  Set.of(agency)));
        }
      }
    }
    em.flush();
    assignCaretakers();
    LOG.info("Prestataires et gardiens de démonstration chargés.");
  }

  /**
   * Each caretaker account takes the residences of its agencies that name it as their caretaker
   * ("M. Robert Caron" for the account "Robert Caron"): the residence data stays the one truth.
   */
  private void assignCaretakers() {
    List<UserAccount> caretakers =
        em.createQuery(
                "select u from UserAccount u join u.roles r where r = :role", UserAccount.class)
            .setParameter("role", Role.CARETAKER)
            .getResultList();
    List<Residence> residences =
        em.createQuery("select r from Residence r order by r.id", Residence.class).getResultList();
    for (UserAccount caretaker : caretakers) {
      String name = caretaker.displayName().toLowerCase(Locale.FRENCH);
      for (Residence residence : residences) {
        if (residence.caretakerName() != null
            && residence.caretakerName().toLowerCase(Locale.FRENCH).endsWith(name)
            && caretaker.worksFor(residence.agency())) {
          caretaker.assignResidence(residence);
        }
      }
    }
  }

  private Contractor contractor(
      String name,
      String siret,
      Set<Trade> trades,
      Set<Agency> agencies,
      String phone,
      String email) {
    Contractor contractor =
        new Contractor(
            name,
            new Siret(siret),
            trades,
            agencies,
            new PhoneNumber(phone),
            new EmailAddress(email));
    em.persist(contractor);
    return contractor;
  }

  private Optional<UserAccount> account(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
