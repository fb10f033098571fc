package fr.portail.infrastructure.demo;

import fr.portail.application.internal.ClockProducer;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.AgencyContact;
import fr.portail.domain.model.agency.AgencyService;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.agency.Unit;
import fr.portail.domain.model.agency.UnitKind;
import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.contract.DocumentKind;
import fr.portail.domain.model.contract.FileNumber;
import fr.portail.domain.model.contract.Iban;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.contract.LedgerEntry;
import fr.portail.domain.model.contract.LedgerEntryKind;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.contract.TenantDocument;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.Money;
import fr.portail.domain.shared.PhoneNumber;
import fr.portail.infrastructure.pdf.RentDocumentPdf;
import fr.portail.infrastructure.security.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo agencies, residences, contracts, tenants and staff accounts when the run command
 * asks for them (MicroProfile Config {@code portal.demo-data=true}); does nothing if agencies exist
 * already, so a redeploy keeps what the demo user did.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

  /** The password of every demo account, printed by the run command and the README. */
  public static final String DEMO_PASSWORD = "Portail-Demo-2026";

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  private static final String[][] HOUSEHOLDS = {
    // civility, last name, first name, birth date, co-signatory first name (or ""), children
    {"MME", "Dupont", "Martine", "1970-01-01", "", "Martin:2000-01-01"},
    {"M", "Martin", "Jean", "1965-05-12", "Claire", "Lucas:2004-03-02,Emma:2008-09-21"},
    {"MME", "Bernard", "Sophie", "1982-11-30", "", ""},
    {"M", "Petit", "Karim", "1978-07-04", "Nadia", "Yanis:2012-01-15"},
    {"MME", "Durand", "Aïcha", "1990-02-17", "", "Inès:2019-06-30"},
    {"M", "Leroy", "Philippe", "1955-12-24", "Monique", ""},
    {"MME", "Moreau", "Chantal", "1948-04-08", "", ""},
    {"M", "Simon", "Thomas", "1988-10-10", "Julie", "Léa:2016-02-29"},
    {"MME", "Laurent", "Fatou", "1985-03-03", "", "Moussa:2010-08-08,Awa:2014-12-12"},
    {"M", "Lefebvre", "Nicolas", "1993-09-09", "", ""},
    {"MME", "Michel", "Isabelle", "1975-06-18", "Paul", ""},
    {"M", "Garcia", "Antonio", "1960-01-30", "Maria", ""},
    {"MME", "David", "Camille", "1999-05-05", "", ""},
    {"M", "Bertrand", "Olivier", "1972-08-22", "", "Hugo:2005-04-04"},
    {"MME", "Roux", "Nathalie", "1968-11-11", "Marc", ""},
    {"M", "Vincent", "Mehdi", "1983-02-14", "Sarah", "Adam:2015-07-07"},
    {"MME", "Fournier", "Élodie", "1991-12-01", "", ""},
    {"M", "Morel", "Bernard", "1950-03-21", "", ""}
  };

  /** Valid IBANs (mod-97) of the French format, for the demo mandates only. */
  private static final String[] DEMO_IBANS = {
    "FR7630006000011234567890189", "FR1420041010050500013M02606", "FR7630004000031234567890143"
  };

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private RentDocumentPdf pdf;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    Long agencies = em.createQuery("select count(a) from Agency a", Long.class).getSingleResult();
    if (agencies > 0) {
      LOG.info("Données de démonstration déjà présentes : rien à charger.");
      return;
    }
    String password = hasher.hash(DEMO_PASSWORD);

    Agency nord =
        persist(
            new Agency(
                "VERSAILLES",
                "Agence de Versailles",
                new Address("8 rue Saint-Nicolas", "78000", "Versailles"),
                new PhoneNumber("01 39 20 00 00"),
                new PhoneNumber("04 72 83 41 53"),
                "Du lundi au jeudi 8h30-12h et 13h30-17h30, le vendredi 8h30-12h et 13h30-16h30"));
    Agency sud =
        persist(
            new Agency(
                "SAINT-CYR",
                "Agence de Saint-Cyr-l'École",
                new Address("2 avenue Pierre Curie", "78210", "Saint-Cyr-l'École"),
                new PhoneNumber("01 30 45 00 00"),
                new PhoneNumber("04 72 83 41 54"),
                "Du lundi au vendredi 9h-12h et 14h-17h"));
    for (Agency agency : List.of(nord, sud)) {
      agency.onCallDuring(
          "Du lundi au jeudi de 18h à 8h, à partir de 17h le vendredi, le week-end et les jours"
              + " fériés");
      em.persist(
          new AgencyContact(
              agency,
              AgencyService.CUSTOMER_OFFICER,
              "Claire Fontaine, chargée de clientèle",
              agency.phone(),
              new EmailAddress("clientele." + agency.code().toLowerCase() + "@demo.fr"),
              "Sur rendez-vous, du lundi au vendredi"));
      em.persist(
          new AgencyContact(
              agency,
              AgencyService.BILLING,
              "Service quittancement, charges et fluides",
              new PhoneNumber("01 39 20 00 10"),
              new EmailAddress("quittancement@demo.fr"),
              "Du lundi au vendredi 9h-12h"));
      em.persist(
          new AgencyContact(
              agency,
              AgencyService.LITIGATION,
              "Service contentieux",
              new PhoneNumber("01 39 20 00 20"),
              new EmailAddress("contentieux@demo.fr"),
              "Du lundi au vendredi 14h-17h"));
    }
    String caretakerHours = "Du lundi au jeudi 8h-12h et 13h-18h, le vendredi 8h-12h et 13h-17h";
    List<Residence> residences =
        List.of(
            persist(
                new Residence(
                    nord,
                    "Résidence Les Tilleuls",
                    new Address("8 rue Saint-Nicolas", "78000", "Versailles"),
                    "M. Robert Caron",
                    new PhoneNumber("06 01 02 03 04"),
                    caretakerHours)),
            persist(
                new Residence(
                    nord,
                    "Résidence Montreuil",
                    new Address("45 rue de Montreuil", "78000", "Versailles"),
                    "Mme Sylvie Henry",
                    new PhoneNumber("06 11 12 13 14"),
                    caretakerHours)),
            persist(
                new Residence(
                    sud,
                    "Résidence Le Parc",
                    new Address("12 allée du Parc", "78210", "Saint-Cyr-l'École"),
                    "M. Ahmed Benali",
                    new PhoneNumber("06 21 22 23 24"),
                    caretakerHours)));

    Person first = null;
    for (int i = 0; i < HOUSEHOLDS.length; i++) {
      String[] h = HOUSEHOLDS[i];
      Residence residence = residences.get(i % residences.size());
      Address address = residence.address();
      Unit unit =
          persist(
              new Unit(
                  residence,
                  "LOG-" + (1001 + i),
                  UnitKind.LOGEMENT,
                  address,
                  "Bât. "
                      + (char) ('A' + i % 3)
                      + ", "
                      + (i % 5 == 0 ? "1er" : (1 + i % 5) + "e")
                      + " étage, porte "
                      + (10 + i)));
      Person signatory =
          persist(new Person(Civility.valueOf(h[0]), h[1], h[2], LocalDate.parse(h[3])));
      signatory.changeContact(
          null, null, new PhoneNumber(String.format("06%08d", 10_000_000 + i * 1_111)), null);
      Contract lease = newContract(i, ContractKind.LOGEMENT, unit);
      lease.addOccupant(signatory, null, true);
      if (!h[4].isEmpty()) {
        Civility other = signatory.civility() == Civility.M ? Civility.MME : Civility.M;
        Person co =
            persist(
                new Person(other, h[1], h[4], LocalDate.parse(h[3]).plusYears(2).minusDays(40)));
        lease.addOccupant(co, "conjoint(e)", true);
      }
      if (!h[5].isEmpty()) {
        for (String child : h[5].split(",")) {
          String[] c = child.split(":");
          Person kid = persist(new Person(Civility.M, h[1], c[0], LocalDate.parse(c[1])));
          lease.addOccupant(kid, "enfant", false);
        }
      }
      lease.debitOn(i % 3 == 0 ? null : new int[] {3, 5, 10, 15}[i % 4]);
      lease.subscribePaperless(java.time.Instant.parse("2024-04-13T10:00:00Z"));
      em.persist(lease);
      rentHistory(lease, new BigDecimal(420 + 15 * i), i);
      if (lease.directDebitDay() != null) {
        em.persist(
            new DirectDebitMandate(
                lease,
                String.format("RUM-%s", lease.fileNumber().value()),
                new Iban(DEMO_IBANS[i % DEMO_IBANS.length]),
                "BNPAFRPPXXX",
                "BNP Paribas",
                signatory.displayName(),
                lease.startDate()));
      }
      // Mme Dupont's attestation has expired: her home page shows the insurance alert.
      LocalDate insuredFrom =
          i == 0 ? LocalDate.now().minusYears(1).minusMonths(2) : LocalDate.now().minusMonths(3);
      em.persist(
          new InsuranceCertificate(
              lease,
              i % 2 == 0 ? "MAIF" : "Groupama",
              "POL-" + (70000 + i),
              insuredFrom,
              insuredFrom.plusYears(1).minusDays(1),
              java.time.Instant.now()));
      if (i == 0) {
        first = signatory;
      }
    }

    // Mme Dupont also rents a parking space: one person, two contracts.
    Unit parking =
        persist(
            new Unit(
                residences.get(0),
                "PKG-0001",
                UnitKind.PARKING,
                residences.get(0).address(),
                "Sous-sol, place 14"));
    Contract parkingLease = newContract(HOUSEHOLDS.length, ContractKind.STATIONNEMENT, parking);
    parkingLease.addOccupant(first, null, true);
    em.persist(parkingLease);
    rentHistory(parkingLease, new BigDecimal("45.00"), 1);

    Person martin =
        em.createQuery(
                "select p from Person p where p.lastName = 'Martin' and p.firstName = 'Jean'",
                Person.class)
            .getSingleResult();
    Person bernard =
        em.createQuery("select p from Person p where p.lastName = 'Bernard'", Person.class)
            .getSingleResult();
    em.persist(UserAccount.tenant(new EmailAddress("martine.dupont@demo.fr"), password, first));
    em.persist(UserAccount.tenant(new EmailAddress("jean.martin@demo.fr"), password, martin));
    em.persist(UserAccount.tenant(new EmailAddress("sophie.bernard@demo.fr"), password, bernard));

    staff("conseiller@demo.fr", "Claire Fontaine", Role.CUSTOMER_OFFICER, password, nord, sud);
    staff("gardien@demo.fr", "Robert Caron", Role.CARETAKER, password, nord);
    staff("technique@demo.fr", "Hélène Marchand", Role.TECHNICAL_MANAGER, password, nord, sud);
    staff("prestataire@demo.fr", "Plomberie Versaillaise", Role.CONTRACTOR, password, nord);
    staff("social@demo.fr", "Samia Haddad", Role.SOCIAL_ADVISOR, password, nord, sud);
    staff("analyste@demo.fr", "Vincent Royer", Role.ANALYST, password, nord, sud);
    staff("admin@demo.fr", "Administrateur du portail", Role.ADMIN, password, nord, sud);
    LOG.info("Données de démonstration chargées.");
  }

  private Contract newContract(int i, ContractKind kind, Unit unit) {
    return new Contract(
        new FileNumber(String.format("01234%05d", 56789 + i * 7)),
        new ClientReference(String.format("TG%08d", 10_000_000 + i * 37)),
        kind,
        unit,
        LocalDate.of(2015 + i % 9, 1 + i % 12, 1));
  }

  /** Six months of rent calls and payments; some tenants are in arrears, one in credit. */
  private void rentHistory(Contract contract, BigDecimal rent, int i) {
    YearMonth month = YearMonth.now().minusMonths(5);
    for (int m = 0; m < 6; m++, month = month.plusMonths(1)) {
      LocalDate call = month.atDay(1);
      em.persist(
          new LedgerEntry(
              contract,
              call,
              LedgerEntryKind.RENT_CALL,
              "Avis d'échéance " + month,
              new Money(rent)));
      LocalDate due =
          month.atDay(contract.directDebitDay() == null ? 5 : contract.directDebitDay());
      em.persist(
          new TenantDocument(
              contract,
              DocumentKind.RENT_NOTICE,
              month,
              pdf.rentNotice(contract, month, new Money(rent), due),
              call.atStartOfDay(ClockProducer.PARIS).toInstant()));
      boolean unpaid = i % 5 == 2 && m >= 4;
      if (!unpaid && !call.plusDays(5).isAfter(LocalDate.now())) {
        BigDecimal paid = i % 7 == 3 && m == 5 ? rent.add(new BigDecimal("30")) : rent;
        em.persist(
            new TenantDocument(
                contract,
                DocumentKind.RECEIPT,
                month,
                pdf.receipt(contract, month, new Money(rent), call.plusDays(5)),
                call.plusDays(6).atStartOfDay(ClockProducer.PARIS).toInstant()));
        em.persist(
            new LedgerEntry(
                contract,
                call.plusDays(5),
                LedgerEntryKind.PAYMENT,
                "Paiement reçu",
                new Money(paid.negate())));
      }
    }
  }

  private void staff(String email, String name, Role role, String password, Agency... agencies) {
    em.persist(
        UserAccount.staff(
            new EmailAddress(email), password, name, EnumSet.of(role), Set.of(agencies)));
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
