package fr.portail.domain.model.account;

import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.contractor.Siret;
import fr.portail.domain.model.technical.Trade;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaretakerAndContractorAccountTest {

  private static final String HASH = "PBKDF2WithHmacSHA512:210000:salt:hash";

  static Residence residence(Agency agency, String name, long id) {
    return withId(
        new Residence(
            agency,
            name,
            new Address("3 allée des Tilleuls", "78000", "Versailles"),
            "M. Robert Caron",
            new PhoneNumber("06 11 22 33 44"),
            "8h-12h"),
        id);
  }

  static Contractor contractor(long id, Agency... agencies) {
    return withId(
        new Contractor(
            "Plomberie Versaillaise",
            new Siret("81245678900013"),
            EnumSet.of(Trade.PLOMBERIE),
            Set.of(agencies),
            new PhoneNumber("01 39 50 00 00"),
            new EmailAddress("contact@plomberie.example.fr")),
        id);
  }

  static UserAccount staff(Role role, Agency... agencies) {
    return UserAccount.staff(
        new EmailAddress("agent@example.fr"), HASH, "Robert Caron", Set.of(role), Set.of(agencies));
  }

  @Test
  void aCaretakerLooksAfterTheResidencesHeIsAssigned() {
    Agency nord = withId(agency("NORD"), 1L);
    Residence tilleuls = residence(nord, "Résidence Les Tilleuls", 10L);
    Residence montreuil = residence(nord, "Résidence Montreuil", 11L);
    UserAccount caretaker = staff(Role.CARETAKER, nord);

    caretaker.assignResidence(tilleuls);
    caretaker.assignResidence(residence(nord, "Résidence Les Tilleuls", 10L));

    assertThat(caretaker.residences()).containsExactly(tilleuls);
    assertThat(caretaker.worksAtResidence(residence(nord, "Résidence Les Tilleuls", 10L)))
        .as("the same residence loaded by another persistence context")
        .isTrue();
    assertThat(caretaker.worksAtResidence(montreuil)).isFalse();
  }

  @Test
  void aCaretakerCanBeWithdrawnFromAResidence() {
    Agency nord = withId(agency("NORD"), 1L);
    UserAccount caretaker = staff(Role.CARETAKER, nord);
    caretaker.assignResidence(residence(nord, "Résidence Les Tilleuls", 10L));
    caretaker.assignResidence(residence(nord, "Résidence Montreuil", 11L));

    caretaker.withdrawFromResidence(residence(nord, "Résidence Les Tilleuls", 10L));

    assertThat(caretaker.residences()).extracting(Residence::id).containsExactly(11L);
  }

  @Test
  void aResidenceOutsideTheCaretakersAgenciesIsRefused() {
    Agency nord = withId(agency("NORD"), 1L);
    Agency sud = withId(agency("SUD"), 2L);
    UserAccount caretaker = staff(Role.CARETAKER, nord);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> caretaker.assignResidence(residence(sud, "Résidence Le Parc", 12L)));
    assertThat(caretaker.residences()).isEmpty();
  }

  @Test
  void onlyACaretakerLooksAfterResidences() {
    Agency nord = withId(agency("NORD"), 1L);
    UserAccount officer = staff(Role.CUSTOMER_OFFICER, nord);

    assertThatIllegalStateException()
        .isThrownBy(() -> officer.assignResidence(residence(nord, "Résidence Montreuil", 11L)));
  }

  @Test
  void theResidencesCannotBeChangedFromOutside() {
    UserAccount caretaker = staff(Role.CARETAKER);

    assertThatThrownBy(() -> caretaker.residences().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anExistingContractorAccountJoinsItsCompanyAndKeepsItsAgencies() {
    Agency nord = withId(agency("NORD"), 1L);
    UserAccount account = staff(Role.CONTRACTOR, nord);
    Contractor plumber = contractor(3L, nord);

    account.belongTo(plumber);

    assertThat(account.contractor()).isSameAs(plumber);
    assertThat(account.agencies()).containsExactly(nord);
    assertThat(account.roles()).containsExactly(Role.CONTRACTOR);
  }

  @Test
  void aNewContractorAccountHasItsCompanyAndNoAgency() {
    Contractor plumber = contractor(3L, withId(agency("NORD"), 1L));

    UserAccount account =
        UserAccount.contractorStaff(
            new EmailAddress("prestataire@example.fr"), HASH, "Jean Plombier", plumber);

    assertThat(account.contractor()).isSameAs(plumber);
    assertThat(account.roles()).containsExactly(Role.CONTRACTOR);
    assertThat(account.agencies()).isEmpty();
    assertThat(account.enabled()).isTrue();
  }

  @Test
  void onlyAContractorAccountBelongsToACompany() {
    UserAccount manager = staff(Role.TECHNICAL_MANAGER, withId(agency("NORD"), 1L));
    Contractor plumber = contractor(3L);

    assertThatIllegalStateException().isThrownBy(() -> manager.belongTo(plumber));
    assertThat(manager.contractor()).isNull();
    assertThatIllegalArgumentException().isThrownBy(() -> staff(Role.CONTRACTOR).belongTo(null));
  }

  @Test
  void otherAccountsHaveNeitherResidenceNorCompany() {
    UserAccount officer = staff(Role.CUSTOMER_OFFICER, withId(agency("NORD"), 1L));

    assertThat(officer.residences()).isEmpty();
    assertThat(officer.contractor()).isNull();
  }
}
