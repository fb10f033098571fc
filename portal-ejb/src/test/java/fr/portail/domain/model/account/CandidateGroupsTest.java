package fr.portail.domain.model.account;

import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.shared.EmailAddress;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateGroupsTest {

  private static final EmailAddress EMAIL = new EmailAddress("agent@example.fr");
  private static final String HASH = "hash";

  @Test
  void aGroupIsRoleColonAgencyCode() {
    assertThat(CandidateGroups.of(Role.CUSTOMER_OFFICER, "NORD"))
        .isEqualTo("CUSTOMER_OFFICER:NORD");
  }

  @Test
  void aStaffMemberGetsEveryRoleForEveryAgency() {
    UserAccount account =
        UserAccount.staff(
            EMAIL,
            HASH,
            "Claire Martin",
            EnumSet.of(Role.CUSTOMER_OFFICER, Role.CARETAKER),
            Set.of(withId(agency("NORD"), 1L), withId(agency("SUD"), 2L)));

    assertThat(CandidateGroups.of(account))
        .containsExactlyInAnyOrder(
            "CUSTOMER_OFFICER:NORD", "CUSTOMER_OFFICER:SUD", "CARETAKER:NORD", "CARETAKER:SUD");
  }

  @Test
  void oneRoleAndOneAgencyGiveOneGroup() {
    UserAccount account =
        UserAccount.staff(
            EMAIL, HASH, "Paul Leroy", Set.of(Role.TECHNICAL_MANAGER), Set.of(agency("EST")));

    assertThat(CandidateGroups.of(account)).containsExactly("TECHNICAL_MANAGER:EST");
  }

  @Test
  void aTenantHasNoGroup() {
    UserAccount tenant = UserAccount.tenant(EMAIL, HASH, person("Dupont", "Martine"));

    assertThat(CandidateGroups.of(tenant)).isEmpty();
  }

  @Test
  void aStaffMemberWithoutAgencyHasNoGroup() {
    UserAccount account =
        UserAccount.staff(EMAIL, HASH, "Claire Martin", Set.of(Role.ADMIN), Set.of());

    assertThat(CandidateGroups.of(account)).isEmpty();
  }

  @Test
  void residenceAndContractorGroupsAreWrittenWithTheirPrefix() {
    assertThat(CandidateGroups.ofResidence(12L)).isEqualTo("CARETAKER:R12");
    assertThat(CandidateGroups.ofContractor(3L)).isEqualTo("CONTRACTOR:C3");
  }

  @Test
  void aResidenceOrContractorWithoutIdHasNoGroup() {
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGroups.ofResidence(null));
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateGroups.ofContractor(null));
  }

  @Test
  void aCaretakerAlsoGetsTheGroupOfEachOfHisResidences() {
    Agency nord = withId(agency("NORD"), 1L);
    UserAccount caretaker =
        UserAccount.staff(EMAIL, HASH, "Robert Caron", Set.of(Role.CARETAKER), Set.of(nord));
    caretaker.assignResidence(
        CaretakerAndContractorAccountTest.residence(nord, "Les Tilleuls", 10L));
    caretaker.assignResidence(CaretakerAndContractorAccountTest.residence(nord, "Montreuil", 11L));

    assertThat(CandidateGroups.of(caretaker))
        .containsExactlyInAnyOrder("CARETAKER:NORD", "CARETAKER:R10", "CARETAKER:R11");
  }

  @Test
  void residenceGroupsGoOnlyWithTheCaretakerRole() {
    Agency nord = withId(agency("NORD"), 1L);
    UserAccount account =
        UserAccount.staff(
            EMAIL,
            HASH,
            "Claire Martin",
            EnumSet.of(Role.CARETAKER, Role.CUSTOMER_OFFICER),
            Set.of(nord));
    account.assignResidence(CaretakerAndContractorAccountTest.residence(nord, "Les Tilleuls", 10L));

    assertThat(CandidateGroups.of(account))
        .containsExactlyInAnyOrder("CARETAKER:NORD", "CUSTOMER_OFFICER:NORD", "CARETAKER:R10")
        .doesNotContain("CUSTOMER_OFFICER:R10");
  }

  @Test
  void aContractorAccountGetsTheGroupOfItsCompanyBesideItsAgencyGroups() {
    Agency nord = withId(agency("NORD"), 1L);
    UserAccount account =
        UserAccount.staff(EMAIL, HASH, "Plomberie", Set.of(Role.CONTRACTOR), Set.of(nord));
    account.belongTo(CaretakerAndContractorAccountTest.contractor(3L, nord));

    assertThat(CandidateGroups.of(account))
        .containsExactlyInAnyOrder("CONTRACTOR:NORD", "CONTRACTOR:C3");
  }

  @Test
  void aNewContractorAccountHasOnlyItsCompanysGroup() {
    UserAccount account =
        UserAccount.contractorStaff(
            EMAIL, HASH, "Jean Plombier", CaretakerAndContractorAccountTest.contractor(7L));

    assertThat(CandidateGroups.of(account)).containsExactly("CONTRACTOR:C7");
  }

  @Test
  void aContractorAccountNotYetTiedToACompanyKeepsItsAgencyGroupOnly() {
    UserAccount account =
        UserAccount.staff(
            EMAIL, HASH, "Plomberie", Set.of(Role.CONTRACTOR), Set.of(withId(agency("NORD"), 1L)));

    assertThat(CandidateGroups.of(account)).containsExactly("CONTRACTOR:NORD");
  }
}
