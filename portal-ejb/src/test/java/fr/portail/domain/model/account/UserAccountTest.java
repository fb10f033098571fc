package fr.portail.domain.model.account;

import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.Refusals.assertRefused;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

  private static final EmailAddress EMAIL = new EmailAddress("agent@example.fr");
  private static final String HASH = "PBKDF2WithHmacSHA256:2048:salt:hash";

  @Test
  void aPersonWithTheLongestNamesCanHaveAnAccount() {
    Person person = person("L".repeat(100), "F".repeat(100));

    UserAccount account = UserAccount.tenant(EMAIL, HASH, person);

    assertThat(account.displayName()).hasSize(201);
  }

  @Test
  void aTenantAccountBelongsToItsPersonWithTheTenantRoleOnly() {
    Person person = person("Dupont", "Martine");

    UserAccount account =
        UserAccount.tenant(new EmailAddress("martine.dupont@example.fr"), HASH, person);

    assertThat(account.person()).isSameAs(person);
    assertThat(account.roles()).containsExactly(Role.TENANT);
    assertThat(account.hasRole(Role.TENANT)).isTrue();
    assertThat(account.hasRole(Role.CUSTOMER_OFFICER)).isFalse();
    assertThat(account.agencies()).isEmpty();
    assertThat(account.displayName()).isEqualTo("DUPONT Martine");
    assertThat(account.email().value()).isEqualTo("martine.dupont@example.fr");
    assertThat(account.passwordHash()).isEqualTo(HASH);
    assertThat(account.enabled()).isTrue();
    assertThat(account.lastLoginAt()).isNull();
  }

  @Test
  void aStaffAccountHasItsRolesAndAgencies() {
    Agency nord = agency("NORD");
    Agency sud = agency("SUD");

    UserAccount account =
        UserAccount.staff(
            EMAIL,
            HASH,
            "Claire Martin",
            EnumSet.of(Role.CUSTOMER_OFFICER, Role.CARETAKER),
            Set.of(nord, sud));

    assertThat(account.roles()).containsExactlyInAnyOrder(Role.CUSTOMER_OFFICER, Role.CARETAKER);
    assertThat(account.agencies()).containsExactlyInAnyOrder(nord, sud);
    assertThat(account.person()).isNull();
    assertThat(account.displayName()).isEqualTo("Claire Martin");
    assertThat(account.enabled()).isTrue();
  }

  @Test
  void staffRefusesTheTenantRole() {
    Set<Agency> agencies = Set.of(agency("NORD"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> UserAccount.staff(EMAIL, HASH, "X", Set.of(Role.TENANT), agencies));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                UserAccount.staff(EMAIL, HASH, "X", EnumSet.of(Role.ADMIN, Role.TENANT), agencies));
  }

  @Test
  void staffRefusesNoRole() {
    Set<Agency> agencies = Set.of(agency("NORD"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> UserAccount.staff(EMAIL, HASH, "X", Set.of(), agencies));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesABlankPasswordHashOrName(String blank) {
    Set<Role> roles = Set.of(Role.ADMIN);

    assertRefused(
        "account.password.invalid",
        () -> UserAccount.staff(EMAIL, blank, "Claire Martin", roles, Set.of()));
    assertRefused(
        "account.name.invalid", () -> UserAccount.staff(EMAIL, HASH, blank, roles, Set.of()));
  }

  @Test
  void refusesATooLongPasswordHashOrName() {
    Set<Role> roles = Set.of(Role.ADMIN);

    assertRefused(
        "account.password.invalid",
        () -> UserAccount.staff(EMAIL, "h".repeat(301), "Claire Martin", roles, Set.of()));
    assertRefused(
        "account.name.invalid",
        () -> UserAccount.staff(EMAIL, HASH, "n".repeat(10_000), roles, Set.of()));
  }

  @Test
  void rolesAndAgenciesCannotBeChangedFromOutside() {
    UserAccount account =
        UserAccount.staff(EMAIL, HASH, "Claire Martin", Set.of(Role.ADMIN), Set.of(agency("N")));

    assertThatThrownBy(() -> account.roles().add(Role.TENANT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> account.agencies().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(account.roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void worksForTheAgenciesWithTheSameId() {
    Agency nord = withId(agency("NORD"), 1L);
    Agency sud = withId(agency("SUD"), 2L);
    UserAccount account =
        UserAccount.staff(EMAIL, HASH, "Claire Martin", Set.of(Role.CARETAKER), Set.of(nord));

    assertThat(account.worksFor(nord)).isTrue();
    assertThat(account.worksFor(withId(agency("NORD"), 1L)))
        .as("another instance of the same agency, as loaded by another persistence context")
        .isTrue();
    assertThat(account.worksFor(sud)).isFalse();
  }

  @Test
  void staffWithoutAgencyWorksForNone() {
    UserAccount account =
        UserAccount.staff(EMAIL, HASH, "Claire Martin", Set.of(Role.ANALYST), Set.of());

    assertThat(account.worksFor(withId(agency("NORD"), 1L))).isFalse();
  }

  @Test
  void recordsLoginAndCanBeDisabled() {
    UserAccount account = UserAccount.tenant(EMAIL, HASH, person("Dupont", "Martine"));
    Instant at = Instant.parse("2024-03-15T08:30:00Z");

    account.recordLogin(at);
    account.disable();

    assertThat(account.lastLoginAt()).isEqualTo(at);
    assertThat(account.enabled()).isFalse();
  }

  @Test
  void tenantIsTheOnlyNonStaffRole() {
    assertThat(Role.TENANT.isStaff()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "TENANT", mode = EnumSource.Mode.EXCLUDE)
  void everyOtherRoleIsStaff(Role role) {
    assertThat(role.isStaff()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void roleNameConstantsMatchTheEnum(Role role) throws ReflectiveOperationException {
    Object constant = Role.class.getField(role.name() + "_NAME").get(null);

    assertThat(constant).isEqualTo(role.name());
  }
}
