package fr.portail.domain.model.account;

import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;

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
}
