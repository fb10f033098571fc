package fr.portail.domain.model.profile;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OccupantDataTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  private static OccupantData occupant(String lastName, String firstName, LocalDate birth) {
    return OccupantData.of(Civility.MME, lastName, firstName, birth, "enfant", TODAY);
  }

  @Test
  void keepsNamesAsTypedWithoutExtraSpaces() {
    OccupantData d = occupant("  N'Guyễn-Le   Bris ", "Anne-Marie", LocalDate.of(2010, 5, 4));

    assertThat(d.lastName()).isEqualTo("N'Guyễn-Le Bris");
    assertThat(d.firstName()).isEqualTo("Anne-Marie");
    assertThat(d.displayName()).isEqualTo("N'GUYỄN-LE BRIS Anne-Marie");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "<script>alert(1)</script>", "Dupont<b>", "Jean;--", "12"})
  void refusesEmptyNamesAndMarkup(String name) {
    LocalDate birth = LocalDate.of(2010, 5, 4);

    assertRefused("occupant.lastName.invalid", () -> occupant(name, "Léa", birth));
    assertRefused("occupant.firstName.invalid", () -> occupant("Dupont", name, birth));
  }

  @Test
  void refusesTenThousandCharacters() {
    String huge = "a".repeat(10_000);
    LocalDate birth = LocalDate.of(2010, 5, 4);

    assertRefused("occupant.lastName.invalid", () -> occupant(huge, "Léa", birth));
    assertRefused(
        "occupant.relationship.invalid",
        () -> OccupantData.of(Civility.M, "Dupont", "Léo", birth, huge, TODAY));
  }

  @Test
  void theBirthDateIsNeitherInTheFutureNorBefore1900() {
    assertThat(occupant("Dupont", "Léa", TODAY).birthDate()).isEqualTo(TODAY);
    assertRefused("occupant.birthDate.invalid", () -> occupant("Dupont", "Léa", TODAY.plusDays(1)));
    assertRefused(
        "occupant.birthDate.invalid", () -> occupant("Dupont", "Léa", LocalDate.of(1899, 12, 31)));
    assertRefused("occupant.birthDate.invalid", () -> occupant("Dupont", "Léa", null));
  }

  @Test
  void aPersonIsMadameOrMonsieurWithAFamilyLink() {
    LocalDate birth = LocalDate.of(2010, 5, 4);

    assertRefused(
        "occupant.civility.invalid",
        () -> OccupantData.of(Civility.STE, "Dupont", "Léa", birth, "enfant", TODAY));
    assertRefused(
        "occupant.civility.invalid",
        () -> OccupantData.of(null, "Dupont", "Léa", birth, "enfant", TODAY));
    assertRefused(
        "occupant.relationship.invalid",
        () -> OccupantData.of(Civility.MME, "Dupont", "Léa", birth, " ", TODAY));
    assertThat(OccupantData.RELATIONSHIPS)
        .allSatisfy(
            r ->
                assertThat(
                        OccupantData.of(Civility.M, "Dupont", "Léo", birth, r, TODAY)
                            .relationship())
                    .isEqualTo(r));
  }

  @Test
  void theSamePersonIsFoundWhateverTheCaseAndAccents() {
    LocalDate birth = LocalDate.of(2010, 5, 4);

    assertThat(occupant("Dupont", "Léa", birth).samePersonAs(occupant("DUPONT", "lea", birth)))
        .isTrue();
    assertThat(occupant("Dupont", "Léa", birth).samePersonAs(occupant("Dupont", "Léa", TODAY)))
        .isFalse();
  }

  @Test
  void contactDetailsSayWhichPartsChange() {
    ContactDetails now =
        new ContactDetails(
            new PhoneNumber("0139000000"), null, null, new EmailAddress("a@exemple.fr"), null);
    ContactDetails proposed =
        new ContactDetails(
            new PhoneNumber("01 39 00 00 00"),
            new PhoneNumber("+33 6 12 34 56 78"),
            null,
            null,
            "1234567");

    assertThat(now.changesTo(proposed))
        .containsExactly(
            ContactDetails.Field.MOBILE_PHONE,
            ContactDetails.Field.CONTACT_EMAIL,
            ContactDetails.Field.CAF_NUMBER);
    assertThat(proposed.display(ContactDetails.Field.MOBILE_PHONE)).isEqualTo("06 12 34 56 78");
    assertThat(proposed.display(ContactDetails.Field.WORK_PHONE)).isNull();
    assertRefused(
        "person.cafNumber.invalid", () -> new ContactDetails(null, null, null, null, "12345678"));
  }

  @Test
  void aPersonsIdentityIsCorrectedWithTheSameChecks() {
    Person p = new Person(Civility.M, "Dupond", "Léo", LocalDate.of(2010, 5, 4));

    p.correctIdentity(Civility.M, "Dupont", "Léo", LocalDate.of(2010, 5, 5));

    assertThat(p.lastName()).isEqualTo("Dupont");
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(2010, 5, 5));
    LocalDate future = LocalDate.now().plusDays(2);
    assertRefused(
        "person.birthDate.invalid", () -> p.correctIdentity(Civility.M, "Dupont", "Léo", future));
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(2010, 5, 5));
  }
}
