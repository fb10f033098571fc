package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** A member of a household: signatory of a lease or occupant. */
@Entity
@Table(name = "person")
public class Person {

  private static final Pattern CAF_NUMBER = Pattern.compile("\\d{7}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "civility", nullable = false, length = 5)
  private Civility civility;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "contact_email"))
  private EmailAddress contactEmail;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "home_phone"))
  private PhoneNumber homePhone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "mobile_phone"))
  private PhoneNumber mobilePhone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "work_phone"))
  private PhoneNumber workPhone;

  @Column(name = "caf_number", length = 7)
  private String cafNumber;

  protected Person() {}

  public Person(Civility civility, String lastName, String firstName, LocalDate birthDate) {
    if (civility == null) {
      throw new InvalidValueException("person.civility.invalid", "null");
    }
    if (birthDate == null || birthDate.isAfter(LocalDate.now())) {
      throw new InvalidValueException("person.birthDate.invalid", String.valueOf(birthDate));
    }
    this.civility = civility;
    this.lastName = Checks.requireText(lastName, 100, "person.lastName.invalid");
    this.firstName = Checks.requireText(firstName, 100, "person.firstName.invalid");
    this.birthDate = birthDate;
  }

  public Long id() {
    return id;
  }

  public Civility civility() {
    return civility;
  }

  public String lastName() {
    return lastName;
  }

  public String firstName() {
    return firstName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public EmailAddress contactEmail() {
    return contactEmail;
  }

  public PhoneNumber homePhone() {
    return homePhone;
  }

  public PhoneNumber mobilePhone() {
    return mobilePhone;
  }

  public PhoneNumber workPhone() {
    return workPhone;
  }

  public String cafNumber() {
    return cafNumber;
  }

  /** "DUPONT Martine", as the seeds print names. */
  public String displayName() {
    return lastName.toUpperCase(Locale.FRENCH) + " " + firstName;
  }

  public void changeContact(
      EmailAddress contactEmail, PhoneNumber home, PhoneNumber mobile, PhoneNumber work) {
    this.contactEmail = contactEmail;
    this.homePhone = home;
    this.mobilePhone = mobile;
    this.workPhone = work;
  }

  public void changeCafNumber(String cafNumber) {
    this.cafNumber = checkCafNumber(cafNumber);
  }

  /** The CAF allocataire number when it is one (seven digits) or null; refused otherwise. */
  public static String checkCafNumber(String cafNumber) {
    if (cafNumber != null && !CAF_NUMBER.matcher(cafNumber).matches()) {
      throw new InvalidValueException("person.cafNumber.invalid", cafNumber);
    }
    return cafNumber;
  }

  /** Corrects the identity as the landlord's file holds it (a misspelt name, a wrong date). */
  public void correctIdentity(
      Civility civility, String lastName, String firstName, LocalDate birthDate) {
    Person corrected = new Person(civility, lastName, firstName, birthDate);
    this.civility = corrected.civility;
    this.lastName = corrected.lastName;
    this.firstName = corrected.firstName;
    this.birthDate = corrected.birthDate;
  }

  /**
   * Whether the given identity (as typed by a tenant) is this person's, ignoring case and accents.
   */
  public boolean hasIdentity(String lastName, String firstName, LocalDate birthDate) {
    return Names.same(this.lastName, lastName)
        && Names.same(this.firstName, firstName)
        && this.birthDate.equals(birthDate);
  }
}
