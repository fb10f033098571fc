package fr.portail.domain.model.contractor;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.technical.Trade;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A contractor company (prestataire) under contract with the landlord: its trades and the agencies
 * it serves decide which interventions it may be ordered. A contractor whose contract ended is
 * deactivated, not deleted, so past interventions keep their company.
 */
@Entity
@Table(name = "contractor")
@NamedQuery(
    name = "Contractor.findByTradeAndAgency",
    query =
        "select distinct c from Contractor c join c.trades t join c.agencies a"
            + " where t = :trade and a.code = :agencyCode and c.active = true"
            + " order by c.companyName")
@NamedQuery(
    name = "Contractor.findBySiret",
    query = "select c from Contractor c where c.siret.value = :siret")
@NamedQuery(
    name = "Contractor.findAll",
    query = "select c from Contractor c order by c.companyName")
public class Contractor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "company_name", nullable = false, length = 160)
  private String companyName;

  @Embedded private Siret siret;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contractor_trade", joinColumns = @JoinColumn(name = "contractor_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "trade", nullable = false, length = 30)
  private Set<Trade> trades = EnumSet.noneOf(Trade.class);

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "contractor_agency",
      joinColumns = @JoinColumn(name = "contractor_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  private Set<Agency> agencies = new HashSet<>();

  @Embedded
  @AttributeOverride(
      name = "digits",
      column = @Column(name = "phone", nullable = false, length = 10))
  private PhoneNumber phone;

  @Embedded
  @AttributeOverride(
      name = "value",
      column = @Column(name = "email", nullable = false, length = 254))
  private EmailAddress email;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected Contractor() {}

  public Contractor(
      String companyName,
      Siret siret,
      Set<Trade> trades,
      Set<Agency> agencies,
      PhoneNumber phone,
      EmailAddress email) {
    this.companyName = Checks.requireText(companyName, 160, "contractor.name.invalid");
    if (siret == null) {
      throw new InvalidValueException("siret.invalid", "null");
    }
    if (trades == null || trades.isEmpty()) {
      throw new InvalidValueException("contractor.trades.invalid", "aucun corps de métier");
    }
    if (phone == null) {
      throw new InvalidValueException("contractor.phone.invalid", "null");
    }
    if (email == null) {
      throw new InvalidValueException("contractor.email.invalid", "null");
    }
    this.siret = siret;
    this.trades.addAll(trades);
    this.agencies.addAll(agencies);
    this.phone = phone;
    this.email = email;
    this.active = true;
  }

  public Long id() {
    return id;
  }

  public String companyName() {
    return companyName;
  }

  public Siret siret() {
    return siret;
  }

  public Set<Trade> trades() {
    return Collections.unmodifiableSet(trades);
  }

  public boolean practises(Trade trade) {
    return trades.contains(trade);
  }

  public Set<Agency> agencies() {
    return Collections.unmodifiableSet(agencies);
  }

  /** Compares ids, as {@code UserAccount.worksFor}: agencies come from several contexts. */
  public boolean serves(Agency agency) {
    return agencies.stream()
        .anyMatch(a -> a == agency || (a.id() != null && a.id().equals(agency.id())));
  }

  public PhoneNumber phone() {
    return phone;
  }

  public EmailAddress email() {
    return email;
  }

  /** Whether interventions may be ordered from it: its contract with the landlord runs. */
  public boolean active() {
    return active;
  }

  public void addTrade(Trade trade) {
    if (trade == null) {
      throw new InvalidValueException("contractor.trades.invalid", "null");
    }
    trades.add(trade);
  }

  public void serve(Agency agency) {
    if (!serves(agency)) {
      agencies.add(agency);
    }
  }

  public void stopServing(Agency agency) {
    agencies.removeIf(a -> a == agency || (a.id() != null && a.id().equals(agency.id())));
  }

  public void changeContact(PhoneNumber newPhone, EmailAddress newEmail) {
    if (newPhone == null) {
      throw new InvalidValueException("contractor.phone.invalid", "null");
    }
    if (newEmail == null) {
      throw new InvalidValueException("contractor.email.invalid", "null");
    }
    this.phone = newPhone;
    this.email = newEmail;
  }

  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }
}
