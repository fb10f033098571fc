package fr.portail.domain.model.account;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.EmailAddress;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A login to the portal. A tenant account belongs to one person (who may sign several contracts); a
 * staff account has roles and the agencies it works for; a caretaker also has the residences he
 * looks after, and a contractor's account belongs to its company.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByPerson",
    query = "select u from UserAccount u where u.person = :person")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "select u from UserAccount u where u.email.value = :email")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "email", nullable = false))
  private EmailAddress email;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 210)
  private String displayName;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 30)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "user_agency",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  private Set<Agency> agencies = new HashSet<>();

  /** The residences of a caretaker: his technical requests come from these. */
  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "user_residence",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "residence_id"))
  private Set<Residence> residences = new HashSet<>();

  /** The company of a contractor's account. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contractor_id")
  private Contractor contractor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "terms_accepted_at")
  private Instant termsAcceptedAt;

  @Column(name = "paperless_notices", nullable = false)
  private boolean paperlessNotices;

  protected UserAccount() {}

  private UserAccount(EmailAddress email, String passwordHash, String displayName) {
    this.email = email;
    this.passwordHash = Checks.requireText(passwordHash, 300, "account.password.invalid");
    this.displayName = Checks.requireText(displayName, 210, "account.name.invalid");
    this.enabled = true;
    this.createdAt = Instant.now();
  }

  /** A tenant's account, tied to the person who signed the lease. */
  public static UserAccount tenant(EmailAddress email, String passwordHash, Person person) {
    UserAccount account = new UserAccount(email, passwordHash, person.displayName());
    account.person = person;
    account.roles.add(Role.TENANT);
    return account;
  }

  /**
   * A tenant's account created online: disabled until the link e-mailed to its address is followed,
   * which proves the tenant owns the address.
   */
  public static UserAccount tenantAwaitingConfirmation(
      EmailAddress email,
      String passwordHash,
      Person person,
      boolean paperlessNotices,
      Instant termsAcceptedAt) {
    if (termsAcceptedAt == null) {
      throw new IllegalArgumentException("the terms must be accepted");
    }
    UserAccount account = tenant(email, passwordHash, person);
    account.enabled = false;
    account.paperlessNotices = paperlessNotices;
    account.termsAcceptedAt = termsAcceptedAt;
    account.createdAt = termsAcceptedAt;
    return account;
  }

  /** A staff account with its roles and the agencies it works for. */
  public static UserAccount staff(
      EmailAddress email,
      String passwordHash,
      String displayName,
      Set<Role> roles,
      Set<Agency> agencies) {
    if (roles.isEmpty() || roles.contains(Role.TENANT)) {
      throw new IllegalArgumentException("staff roles expected: " + roles);
    }
    UserAccount account = new UserAccount(email, passwordHash, displayName);
    account.roles.addAll(roles);
    account.agencies.addAll(agencies);
    return account;
  }

  /**
   * An account of a contractor's staff. It has no agency: it sees only the interventions ordered
   * from its company, through the company's candidate group.
   */
  public static UserAccount contractorStaff(
      EmailAddress email, String passwordHash, String displayName, Contractor contractor) {
    UserAccount account =
        staff(email, passwordHash, displayName, EnumSet.of(Role.CONTRACTOR), Set.of());
    account.belongTo(contractor);
    return account;
  }

  public Long id() {
    return id;
  }

  public EmailAddress email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public boolean enabled() {
    return enabled;
  }

  public Person person() {
    return person;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Set<Agency> agencies() {
    return Collections.unmodifiableSet(agencies);
  }

  public boolean worksFor(Agency agency) {
    return agencies.stream()
        .anyMatch(a -> a == agency || (a.id() != null && a.id().equals(agency.id())));
  }

  public Set<Residence> residences() {
    return Collections.unmodifiableSet(residences);
  }

  /** Compares ids, as {@link #worksFor}: residences come from several persistence contexts. */
  public boolean worksAtResidence(Residence residence) {
    return residences.stream().anyMatch(r -> sameResidence(r, residence));
  }

  /** A caretaker takes on a residence of one of his agencies. */
  public void assignResidence(Residence residence) {
    if (!hasRole(Role.CARETAKER)) {
      throw new IllegalStateException("only a caretaker looks after residences");
    }
    if (!worksFor(residence.agency())) {
      throw new IllegalArgumentException(
          "residence " + residence.name() + " is not in the caretaker's agencies");
    }
    if (!worksAtResidence(residence)) {
      residences.add(residence);
    }
  }

  public void withdrawFromResidence(Residence residence) {
    residences.removeIf(r -> sameResidence(r, residence));
  }

  /** The company of a contractor's account; null for any other account. */
  public Contractor contractor() {
    return contractor;
  }

  /** A contractor's account belongs to one company; a later call moves it to another. */
  public void belongTo(Contractor company) {
    if (!hasRole(Role.CONTRACTOR)) {
      throw new IllegalStateException("only a contractor's account belongs to a company");
    }
    if (company == null) {
      throw new IllegalArgumentException("contractor expected");
    }
    this.contractor = company;
  }

  private static boolean sameResidence(Residence a, Residence b) {
    return a == b || (a.id() != null && a.id().equals(b.id()));
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public void recordLogin(Instant at) {
    this.lastLoginAt = at;
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public boolean paperlessNotices() {
    return paperlessNotices;
  }

  /** The owner followed the confirmation link: the account opens, once. */
  public void confirm(Instant at) {
    if (confirmedAt != null) {
      throw new IllegalStateException("account already confirmed");
    }
    this.confirmedAt = at;
    this.enabled = true;
  }

  public void changePassword(String newHash) {
    this.passwordHash = Checks.requireText(newHash, 300, "account.password.invalid");
  }

  public void changeEmail(EmailAddress newEmail) {
    if (newEmail == null) {
      throw new IllegalArgumentException("e-mail expected");
    }
    this.email = newEmail;
  }

  public void disable() {
    this.enabled = false;
  }
}
