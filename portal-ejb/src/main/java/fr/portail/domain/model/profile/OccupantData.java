package fr.portail.domain.model.profile;

import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.Occupant;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the occupants table says of one person of the household who is not a signatory: civilité,
 * nom, prénom, date de naissance and lien de parenté. Names are letters with spaces, hyphens,
 * apostrophes or dots (no markup); the birth date is neither in the future nor before 1900.
 */
@Embeddable
public class OccupantData {

  public static final int NAME_MAX = 100;
  public static final int RELATIONSHIP_MAX = 40;
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** The family links the forms offer, as the occupants table prints them. */
  public static final List<String> RELATIONSHIPS =
      List.of(
          "conjoint(e)",
          "enfant",
          "parent",
          "frère ou sœur",
          "petit-enfant",
          "grand-parent",
          "autre membre de la famille",
          "autre personne");

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");
  private static final Pattern RELATIONSHIP =
      Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’()\\-]*");

  @Enumerated(EnumType.STRING)
  @Column(name = "civility", length = 5)
  private Civility civility;

  @Column(name = "last_name", length = NAME_MAX)
  private String lastName;

  @Column(name = "first_name", length = NAME_MAX)
  private String firstName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "relationship", length = RELATIONSHIP_MAX)
  private String relationship;

  protected OccupantData() {}

  private OccupantData(
      Civility civility,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String relationship) {
    this.civility = civility;
    this.lastName = lastName;
    this.firstName = firstName;
    this.birthDate = birthDate;
    this.relationship = relationship;
  }

  /** An occupant as a tenant declares him, checked against today's date. */
  public static OccupantData of(
      Civility civility,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String relationship,
      LocalDate today) {
    if (civility != Civility.MME && civility != Civility.M) {
      throw new InvalidValueException("occupant.civility.invalid", String.valueOf(civility));
    }
    if (birthDate == null || birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH)) {
      throw new InvalidValueException("occupant.birthDate.invalid", String.valueOf(birthDate));
    }
    return new OccupantData(
        civility,
        text(lastName, NAME, NAME_MAX, "occupant.lastName.invalid"),
        text(firstName, NAME, NAME_MAX, "occupant.firstName.invalid"),
        birthDate,
        text(relationship, RELATIONSHIP, RELATIONSHIP_MAX, "occupant.relationship.invalid"));
  }

  /** What the file holds now of an occupant, as it is (names imported from older files). */
  public static OccupantData of(Occupant occupant) {
    Person p = occupant.person();
    return new OccupantData(
        p.civility(), p.lastName(), p.firstName(), p.birthDate(), occupant.relationship());
  }

  private static String text(String value, Pattern pattern, int max, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(key, "vide");
    }
    String compact = value.strip().replaceAll("\\s+", " ");
    if (compact.length() > max) {
      throw new InvalidValueException(key, "plus de " + max + " caractères");
    }
    if (!pattern.matcher(compact).matches()) {
      throw new InvalidValueException(key, "caractères refusés");
    }
    return compact;
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

  public String relationship() {
    return relationship;
  }

  /** Whether this is the same person as the other (names folded, same birth date). */
  public boolean samePersonAs(OccupantData other) {
    return fold(lastName).equals(fold(other.lastName))
        && fold(firstName).equals(fold(other.firstName))
        && Objects.equals(birthDate, other.birthDate);
  }

  private static String fold(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-'’.]+", " ")
        .strip();
  }

  /** "DURAND Lucas", as the seeds print names. */
  public String displayName() {
    return lastName.toUpperCase(Locale.FRENCH) + " " + firstName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OccupantData d
        && civility == d.civility
        && Objects.equals(lastName, d.lastName)
        && Objects.equals(firstName, d.firstName)
        && Objects.equals(birthDate, d.birthDate)
        && Objects.equals(relationship, d.relationship);
  }

  @Override
  public int hashCode() {
    return Objects.hash(civility, lastName, firstName, birthDate, relationship);
  }
}
