package fr.portail.domain.model.contractor;

import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.Refusals.assertRefused;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.technical.Trade;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractorTest {

  private static final Siret SIRET = new Siret("81245678900013");
  private static final PhoneNumber PHONE = new PhoneNumber("01 39 50 00 00");
  private static final EmailAddress EMAIL = new EmailAddress("contact@plomberie.example.fr");

  private static Contractor plumber(Set<Agency> agencies) {
    return new Contractor(
        "Plomberie Versaillaise",
        SIRET,
        EnumSet.of(Trade.PLOMBERIE, Trade.CHAUFFAGE),
        agencies,
        PHONE,
        EMAIL);
  }

  @Test
  void aNewContractorIsActiveWithItsTradesAndAgencies() {
    Agency nord = withId(agency("NORD"), 1L);

    Contractor contractor = plumber(Set.of(nord));

    assertThat(contractor.companyName()).isEqualTo("Plomberie Versaillaise");
    assertThat(contractor.siret()).isEqualTo(SIRET);
    assertThat(contractor.trades()).containsExactlyInAnyOrder(Trade.PLOMBERIE, Trade.CHAUFFAGE);
    assertThat(contractor.practises(Trade.PLOMBERIE)).isTrue();
    assertThat(contractor.practises(Trade.ASCENSEUR)).isFalse();
    assertThat(contractor.agencies()).containsExactly(nord);
    assertThat(contractor.phone()).isEqualTo(PHONE);
    assertThat(contractor.email()).isEqualTo(EMAIL);
    assertThat(contractor.active()).isTrue();
  }

  @Test
  void servesTheAgenciesWithTheSameId() {
    Contractor contractor = plumber(Set.of(withId(agency("NORD"), 1L)));

    assertThat(contractor.serves(withId(agency("NORD"), 1L)))
        .as("the same agency loaded by another persistence context")
        .isTrue();
    assertThat(contractor.serves(withId(agency("SUD"), 2L))).isFalse();
  }

  @Test
  void startsAndStopsServingAnAgency() {
    Agency nord = withId(agency("NORD"), 1L);
    Agency sud = withId(agency("SUD"), 2L);
    Contractor contractor = plumber(Set.of(nord));

    contractor.serve(sud);
    contractor.serve(withId(agency("SUD"), 2L));
    contractor.stopServing(withId(agency("NORD"), 1L));

    assertThat(contractor.agencies()).containsExactly(sud);
  }

  @Test
  void learnsATradeAndCanBeDeactivatedAndReactivated() {
    Contractor contractor = plumber(Set.of());

    contractor.addTrade(Trade.VITRERIE);
    contractor.deactivate();

    assertThat(contractor.trades()).contains(Trade.VITRERIE);
    assertThat(contractor.active()).isFalse();
    contractor.reactivate();
    assertThat(contractor.active()).isTrue();
    assertRefused("contractor.trades.invalid", () -> contractor.addTrade(null));
  }

  @Test
  void itsSetsCannotBeChangedFromOutside() {
    Contractor contractor = plumber(Set.of(agency("NORD")));

    assertThatThrownBy(() -> contractor.trades().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> contractor.agencies().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void changesItsContact() {
    Contractor contractor = plumber(Set.of());
    PhoneNumber newPhone = new PhoneNumber("06 12 34 56 78");
    EmailAddress newEmail = new EmailAddress("urgences@plomberie.example.fr");

    contractor.changeContact(newPhone, newEmail);

    assertThat(contractor.phone()).isEqualTo(newPhone);
    assertThat(contractor.email()).isEqualTo(newEmail);
    assertRefused("contractor.phone.invalid", () -> contractor.changeContact(null, newEmail));
    assertRefused("contractor.email.invalid", () -> contractor.changeContact(newPhone, null));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesABlankCompanyName(String name) {
    assertRefused(
        "contractor.name.invalid",
        () -> new Contractor(name, SIRET, EnumSet.of(Trade.PLOMBERIE), Set.of(), PHONE, EMAIL));
  }

  @Test
  void refusesACompanyNameOver160Characters() {
    Set<Trade> trades = EnumSet.of(Trade.PLOMBERIE);

    assertThat(new Contractor("n".repeat(160), SIRET, trades, Set.of(), PHONE, EMAIL).companyName())
        .hasSize(160);
    assertRefused(
        "contractor.name.invalid",
        () -> new Contractor("n".repeat(161), SIRET, trades, Set.of(), PHONE, EMAIL));
  }

  @Test
  void refusesAMissingSiretPhoneOrEmailAndNoTrade() {
    Set<Trade> trades = EnumSet.of(Trade.PLOMBERIE);

    assertRefused("siret.invalid", () -> new Contractor("X", null, trades, Set.of(), PHONE, EMAIL));
    assertRefused(
        "contractor.trades.invalid",
        () -> new Contractor("X", SIRET, Set.of(), Set.of(), PHONE, EMAIL));
    assertRefused(
        "contractor.trades.invalid",
        () -> new Contractor("X", SIRET, null, Set.of(), PHONE, EMAIL));
    assertRefused(
        "contractor.phone.invalid",
        () -> new Contractor("X", SIRET, trades, Set.of(), null, EMAIL));
    assertRefused(
        "contractor.email.invalid",
        () -> new Contractor("X", SIRET, trades, Set.of(), PHONE, null));
  }
}
