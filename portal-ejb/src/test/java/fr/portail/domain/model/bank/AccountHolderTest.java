package fr.portail.domain.model.bank;

import static fr.portail.domain.model.bank.SepaIbanTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.shared.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountHolderTest {

  @Test
  void theHolderIsNamedAsOnTheMandateAndLivesAtHisAddress() {
    AccountHolder holder =
        new AccountHolder(
            "  d'Artagnan-Le Goff ",
            "Marie-Hélène  Ève",
            "12 bis, rue de l'Église",
            "78 000",
            "Saint-Cyr-l'École");

    assertThat(holder.displayName()).isEqualTo("D'ARTAGNAN-LE GOFF Marie-Hélène Ève");
    assertThat(holder.address())
        .isEqualTo(new Address("12 bis, rue de l'Église", "78000", "Saint-Cyr-l'École"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"N’Diaye", "Lefèvre", "Müller", "Ørsted", "St. Pierre", "Ngô", "SCI Les 3 Chênes"})
  void namesOfEveryAlphabetAreAccepted(String name) {
    assertThat(AccountHolder.lastName(name)).isEqualTo(name);
    assertThat(AccountHolder.firstNames(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<b>Dupont</b>",
        "Dupont\"",
        "Dupont;DROP",
        "Dupont=1",
        "Dupont@x",
        "-Dupont",
        "Dupont & Fils"
      })
  void aNameWithMarkupDigitsOrSymbolsIsRefused(String name) {
    assertRefused("bank.lastName.invalid", () -> AccountHolder.lastName(name));
    assertRefused("bank.firstNames.invalid", () -> AccountHolder.firstNames(name));
  }

  @Test
  void tenThousandCharactersAreTooLongAndTheMaximumIsSaid() {
    String huge = "a".repeat(10_000);
    assertThatThrownBy(() -> AccountHolder.lastName(huge))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.lastName.tooLong");
              assertThat(e.args()).containsExactly("50");
            });
    assertRefused("bank.firstNames.tooLong", () -> AccountHolder.firstNames(huge));
    assertRefused("bank.street.tooLong", () -> AccountHolder.street(huge));
    assertRefused("bank.city.tooLong", () -> AccountHolder.city(huge));
    assertRefused("bank.postalCode.invalid", () -> AccountHolder.postalCode("7".repeat(10_000)));
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    assertThat(AccountHolder.lastName("a".repeat(AccountHolder.LAST_NAME_MAX))).hasSize(50);
    assertThat(AccountHolder.firstNames("a".repeat(AccountHolder.FIRST_NAMES_MAX))).hasSize(70);
    assertRefused("bank.lastName.tooLong", () -> AccountHolder.lastName("a".repeat(51)));
  }

  @Test
  void everyPartIsRequired() {
    assertRefused("bank.lastName.required", () -> AccountHolder.lastName(" "));
    assertRefused("bank.firstNames.required", () -> AccountHolder.firstNames(null));
    assertRefused("bank.street.required", () -> AccountHolder.street(""));
    assertRefused("bank.postalCode.required", () -> AccountHolder.postalCode(" "));
    assertRefused("bank.city.required", () -> AccountHolder.city("\u00a0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7800", "780000", "78OOO", "2A004", "<b>7"})
  void aPostalCodeHasFiveDigits(String code) {
    assertRefused("bank.postalCode.invalid", () -> AccountHolder.postalCode(code));
  }

  @Test
  void anAddressWithMarkupIsRefused() {
    assertRefused(
        "bank.street.invalid", () -> AccountHolder.street("<img src=x onerror=alert(1)>"));
    assertRefused("bank.city.invalid", () -> AccountHolder.city("Paris<script>"));
    assertThat(AccountHolder.city("Paris 15e")).isEqualTo("Paris 15e");
    assertThat(AccountHolder.street("Bât. A, n° 3 (escalier 2)"))
        .isEqualTo("Bât. A, n° 3 (escalier 2)");
  }
}
