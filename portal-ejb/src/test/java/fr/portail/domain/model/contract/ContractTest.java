package fr.portail.domain.model.contract;

import static fr.portail.domain.DomainFixtures.START_DATE;
import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.DomainFixtures.unit;
import static fr.portail.domain.Refusals.assertRefused;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractTest {

  private static final FileNumber FILE_NUMBER = new FileNumber("0123456789");
  private static final ClientReference REFERENCE = new ClientReference("TG12345678");

  @Test
  void aNewContractIsActive() {
    Agency agency = agency("NORD");
    Unit unit = unit(agency);

    Contract contract =
        new Contract(FILE_NUMBER, REFERENCE, ContractKind.STATIONNEMENT, unit, START_DATE);

    assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.isActive()).isTrue();
    assertThat(contract.fileNumber()).isEqualTo(FILE_NUMBER);
    assertThat(contract.clientReference()).isEqualTo(REFERENCE);
    assertThat(contract.kind()).isEqualTo(ContractKind.STATIONNEMENT);
    assertThat(contract.unit()).isSameAs(unit);
    assertThat(contract.agency()).isSameAs(agency);
    assertThat(contract.startDate()).isEqualTo(START_DATE);
    assertThat(contract.directDebitDay()).isNull();
    assertThat(contract.occupants()).isEmpty();
  }

  @Test
  void endMakesTheContractInactive() {
    Contract contract = contract();

    contract.end();

    assertThat(contract.status()).isEqualTo(ContractStatus.ENDED);
    assertThat(contract.isActive()).isFalse();
  }

  @Test
  void refusesAMissingField() {
    Unit unit = unit(agency("NORD"));
    ContractKind kind = ContractKind.LOGEMENT;

    assertRefused("contract.invalid", () -> new Contract(null, REFERENCE, kind, unit, START_DATE));
    assertRefused(
        "contract.invalid", () -> new Contract(FILE_NUMBER, null, kind, unit, START_DATE));
    assertRefused(
        "contract.invalid", () -> new Contract(FILE_NUMBER, REFERENCE, null, unit, START_DATE));
    assertRefused(
        "contract.invalid", () -> new Contract(FILE_NUMBER, REFERENCE, kind, null, START_DATE));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 10, 15})
  void debitsOnTheAllowedDays(int day) {
    Contract contract = contract();

    contract.debitOn(day);

    assertThat(contract.directDebitDay()).isEqualTo(day);
  }

  @Test
  void debitCanBeStopped() {
    Contract contract = contract();
    contract.debitOn(5);

    contract.debitOn(null);

    assertThat(contract.directDebitDay()).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {-3, 0, 1, 2, 4, 6, 11, 16, 28, 31, 32})
  void refusesAnyOtherDebitDayAndKeepsThePreviousOne(int day) {
    Contract contract = contract();
    contract.debitOn(10);

    assertRefused("contract.debitDay.invalid", () -> contract.debitOn(day));
    assertThat(contract.directDebitDay()).isEqualTo(10);
  }

  @Test
  void isSignedByASignatoryOnly() {
    Contract contract = contract();
    Person signatory = withId(person("Dupont", "Martine"), 1L);
    Person coSignatory = withId(person("Dupont", "Marc"), 2L);
    Person child = withId(person("Dupont", "Léa"), 3L);
    contract.addOccupant(signatory, "Titulaire", true);
    contract.addOccupant(coSignatory, "Conjoint", true);
    contract.addOccupant(child, "Enfant", false);

    assertThat(contract.isSignedBy(1L)).isTrue();
    assertThat(contract.isSignedBy(2L)).isTrue();
    assertThat(contract.isSignedBy(3L)).as("occupant who did not sign").isFalse();
    assertThat(contract.isSignedBy(99L)).as("stranger").isFalse();
    assertThat(contract.isSignedBy(null)).isFalse();
  }

  @Test
  void isSignedByComparesIdsByValue() {
    Contract contract = contract();
    contract.addOccupant(withId(person("Dupont", "Martine"), 1000L), "Titulaire", true);

    assertThat(contract.isSignedBy(Long.valueOf(1000L))).isTrue();
  }

  @Test
  void aPersonWithoutIdSignsNothing() {
    Contract contract = contract();
    contract.addOccupant(person("Dupont", "Martine"), "Titulaire", true);

    assertThat(contract.isSignedBy(null)).isFalse();
    assertThat(contract.isSignedBy(1L)).isFalse();
  }

  @Test
  void signatoriesListsOnlySignatoriesInOrder() {
    Contract contract = contract();
    Person martine = person("Dupont", "Martine");
    Person lea = person("Dupont", "Léa");
    Person marc = person("Dupont", "Marc");
    contract.addOccupant(martine, "Titulaire", true);
    contract.addOccupant(lea, "Enfant", false);
    contract.addOccupant(marc, "Conjoint", true);

    assertThat(contract.signatories()).containsExactly(martine, marc);
    assertThat(contract.occupants())
        .extracting(Occupant::person, Occupant::relationship, Occupant::signatory)
        .containsExactly(
            tuple(martine, "Titulaire", true),
            tuple(lea, "Enfant", false),
            tuple(marc, "Conjoint", true));
  }

  @Test
  void occupantsCannotBeChangedFromOutside() {
    Contract contract = contract();
    contract.addOccupant(person("Dupont", "Martine"), "Titulaire", true);

    assertThatThrownBy(() -> contract.occupants().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(contract.occupants()).hasSize(1);
  }

  @Test
  void anOccupantWhoIsNotASignatoryLeavesOrIsCorrected() {
    Contract contract = contract();
    Person tenant = withId(person("Dupont", "Martine"), 1L);
    Person child = withId(person("Dupont", "Léa"), 2L);
    contract.addOccupant(tenant, null, true);
    contract.addOccupant(child, "enfant", false);
    Long tenantRow = withId(contract.occupants().get(0), 10L).id();
    Long childRow = withId(contract.occupants().get(1), 11L).id();

    contract.correctOccupant(
        childRow, Civility.MME, "Dupont", "Léane", java.time.LocalDate.of(2012, 3, 4), "fille");

    assertThat(contract.occupant(childRow))
        .get()
        .extracting(Occupant::relationship)
        .isEqualTo("fille");
    assertThat(child.firstName()).isEqualTo("Léane");
    assertRefused("occupant.signatory", () -> contract.removeOccupant(tenantRow));
    assertRefused(
        "occupant.signatory",
        () ->
            contract.correctOccupant(
                tenantRow, Civility.MME, "X", "Y", java.time.LocalDate.of(1970, 1, 1), null));
    assertRefused("occupant.unknown", () -> contract.removeOccupant(99L));

    contract.removeOccupant(childRow);

    assertThat(contract.occupants()).extracting(Occupant::person).containsExactly(tenant);
    assertThat(contract.occupant(childRow)).isEmpty();
  }
}
