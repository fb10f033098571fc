package fr.portail.domain.model.contract;

import static fr.portail.domain.DomainFixtures.BIRTH_DATE;
import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

  @Test
  void keepsTrimmedNamesAndPrintsTheLastNameInCapitals() {
    Person person = new Person(Civility.MME, "  Dupont ", " Martine ", BIRTH_DATE);

    assertThat(person.civility()).isEqualTo(Civility.MME);
    assertThat(person.lastName()).isEqualTo("Dupont");
    assertThat(person.firstName()).isEqualTo("Martine");
    assertThat(person.birthDate()).isEqualTo(BIRTH_DATE);
    assertThat(person.displayName()).isEqualTo("DUPONT Martine");
    assertThat(person.cafNumber()).isNull();
  }

  @Test
  void refusesABirthDateInTheFuture() {
    LocalDate tomorrow = LocalDate.now().plusDays(1);

    assertRefused(
        "person.birthDate.invalid", () -> new Person(Civility.M, "Dupont", "Jean", tomorrow));
  }

  @Test
  void refusesAMissingBirthDate() {
    assertRefused("person.birthDate.invalid", () -> new Person(Civility.M, "Dupont", "Jean", null));
  }

  @Test
  void acceptsABirthDateOfToday() {
    LocalDate today = LocalDate.now();

    assertThat(new Person(Civility.M, "Dupont", "Jean", today).birthDate()).isEqualTo(today);
  }

  @Test
  void refusesAMissingCivility() {
    assertRefused("person.civility.invalid", () -> new Person(null, "Dupont", "Jean", BIRTH_DATE));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesBlankNames(String blank) {
    assertRefused(
        "person.lastName.invalid", () -> new Person(Civility.M, blank, "Jean", BIRTH_DATE));
    assertRefused(
        "person.firstName.invalid", () -> new Person(Civility.M, "Dupont", blank, BIRTH_DATE));
  }

  @Test
  void refusesNamesOverOneHundredCharacters() {
    String tooLong = "x".repeat(101);
    String huge = "x".repeat(10_000);

    assertRefused(
        "person.lastName.invalid", () -> new Person(Civility.M, tooLong, "Jean", BIRTH_DATE));
    assertRefused(
        "person.lastName.invalid", () -> new Person(Civility.M, huge, "Jean", BIRTH_DATE));
    assertRefused(
        "person.firstName.invalid", () -> new Person(Civility.M, "Dupont", huge, BIRTH_DATE));
    assertThat(new Person(Civility.M, "x".repeat(100), "Jean", BIRTH_DATE).lastName()).hasSize(100);
  }

  @ParameterizedTest(name = "{0} {1} is recognised as \"{2} {3}\"")
  @CsvSource({
    "Dupont,   Martine,     DUPONT,           Martine",
    "Dupont,   Martine,     dupont,           martine",
    "Dupont,   Martine,     'Dupont ',        ' Martine'",
    "Dupont,   Martine,     '  DuPonT  ',     MARTINE",
    "Lefèvre,  Élodie,      Lefevre,          elodie",
    "Lefevre,  Elodie,      LEFÈVRE,          ÉLODIE",
    "Martin,   Jean-Pierre, martin,           jean pierre",
    "Martin,   Jean-Pierre, martin,           'jean   pierre'",
    "Martin,   Jean Pierre, Martin,           JEAN-PIERRE",
    "Le Goff,  Anne-Sophie, le-goff,          'anne - sophie'",
    "Müller,   Zoé,         muller,           zoe"
  })
  void hasIdentityIgnoresCaseAccentsHyphensAndExtraSpaces(
      String lastName, String firstName, String typedLastName, String typedFirstName) {
    Person person = new Person(Civility.MME, lastName, firstName, BIRTH_DATE);

    assertThat(person.hasIdentity(typedLastName, typedFirstName, BIRTH_DATE)).isTrue();
  }

  @ParameterizedTest(name = "Dupont Martine is not \"{0} {1}\"")
  @CsvSource({
    "Durand,  Martine",
    "Dupont,  Martin",
    "Dupond,  Martine",
    "Martine, Dupont",
    "'',      Martine",
    "Dupont,  ''"
  })
  void hasIdentityRefusesAnotherName(String typedLastName, String typedFirstName) {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);

    assertThat(person.hasIdentity(typedLastName, typedFirstName, BIRTH_DATE)).isFalse();
  }

  @Test
  void hasIdentityRefusesMissingNames() {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);

    assertThat(person.hasIdentity(null, "Martine", BIRTH_DATE)).isFalse();
    assertThat(person.hasIdentity("Dupont", null, BIRTH_DATE)).isFalse();
  }

  @Test
  void hasIdentityRequiresTheSameBirthDate() {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);

    assertThat(person.hasIdentity("dupont", "martine", BIRTH_DATE.plusDays(1))).isFalse();
    assertThat(person.hasIdentity("DUPONT", "Martine", LocalDate.of(1971, 1, 1))).isFalse();
    assertThat(person.hasIdentity("Dupont", "Martine", null)).isFalse();
  }

  @Test
  void cafNumberIsSevenDigits() {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);

    person.changeCafNumber("1234567");

    assertThat(person.cafNumber()).isEqualTo("1234567");
  }

  @Test
  void cafNumberCanBeRemoved() {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);
    person.changeCafNumber("1234567");

    person.changeCafNumber(null);

    assertThat(person.cafNumber()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "123456", "12345678", "12345A7", "123 4567", "ABCDEFG"})
  void refusesAMalformedCafNumberAndKeepsThePreviousOne(String input) {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);
    person.changeCafNumber("7654321");

    assertRefused("person.cafNumber.invalid", () -> person.changeCafNumber(input));
    assertThat(person.cafNumber()).isEqualTo("7654321");
  }

  @Test
  void refusesAHugeCafNumber() {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);

    assertRefused("person.cafNumber.invalid", () -> person.changeCafNumber("1".repeat(10_000)));
  }

  @Test
  void changesContactDetails() {
    Person person = new Person(Civility.MME, "Dupont", "Martine", BIRTH_DATE);
    EmailAddress email = new EmailAddress("martine.dupont@example.fr");
    PhoneNumber home = new PhoneNumber("01 23 45 67 89");
    PhoneNumber mobile = new PhoneNumber("06 12 34 56 78");

    person.changeContact(email, home, mobile, null);

    assertThat(person.contactEmail()).isEqualTo(email);
    assertThat(person.homePhone()).isEqualTo(home);
    assertThat(person.mobilePhone()).isEqualTo(mobile);
    assertThat(person.workPhone()).isNull();
  }
}
