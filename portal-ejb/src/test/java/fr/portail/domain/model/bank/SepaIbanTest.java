package fr.portail.domain.model.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.contract.Iban;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SepaIbanTest {

  static final String FR = "FR7630001007941234567890185";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR7630001007941234567890185",
        "fr76 3000 1007 9412 3456 7890 185",
        " FR76-3000-1007-9412-3456-7890-185 ",
        "FR76\u00a03000\u202f1007 9412 3456 7890 185"
      })
  void anIbanIsReadAsTypedOnARibWithSpacesDashesAndSmallLetters(String typed) {
    Iban iban = SepaIban.parse(typed);

    assertThat(iban.value()).isEqualTo(FR);
    assertThat(SepaIban.grouped(iban)).isEqualTo("FR76 3000 1007 9412 3456 7890 185");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DE89370400440532013000",
        "BE68539007547034",
        "CH9300762011623852957",
        "MC5811222000010123456789030",
        "GB29NWBK60161331926819"
      })
  void accountsOfTheSepaAreaOutsideFranceAreAccepted(String typed) {
    assertThat(SepaIban.parse(typed).value()).isEqualTo(typed);
  }

  @Test
  void anEmptyIbanIsRequired() {
    assertRefused("bank.iban.required", () -> SepaIban.parse("   "));
    assertRefused("bank.iban.required", () -> SepaIban.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>alert(1)</script>", "7630001007941234567890185", "FRXX3000"})
  void somethingThatIsNotShapedLikeAnIbanIsSaidSo(String typed) {
    assertRefused("bank.iban.shape", () -> SepaIban.parse(typed));
  }

  @Test
  void tenThousandCharactersAreRefusedWithoutBeingChecked() {
    assertRefused("bank.iban.shape", () -> SepaIban.parse("FR76" + "1".repeat(9_996)));
    assertRefused("bank.iban.shape", () -> SepaIban.parse("A".repeat(10_000)));
  }

  @Test
  void aWrongLengthSaysTheLengthOfTheCountryAndTheLengthTyped() {
    assertThatThrownBy(() -> SepaIban.parse("FR76 3000 1007 9412 3456 7890 18"))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.iban.length");
              assertThat(e.field()).isEqualTo("iban");
              assertThat(e.args()).containsExactly("FR", "27", "26");
            });
    assertThatThrownBy(() -> SepaIban.parse("DE8937040044053201300"))
        .isInstanceOfSatisfying(
            BankDetailRefused.class, e -> assertThat(e.args()).containsExactly("DE", "22", "21"));
  }

  @Test
  void aTypingMistakeFailsTheMod97CheckDigits() {
    // One digit changed (…0185 → …0186): the check digits no longer match.
    assertRefused("bank.iban.checkDigits", () -> SepaIban.parse("FR7630001007941234567890186"));
    // Two digits swapped.
    assertRefused("bank.iban.checkDigits", () -> SepaIban.parse("FR7630001007941234567809185"));
  }

  @Test
  void aFrenchIbanWithAWrongRibKeyIsRefusedEvenWithRightCheckDigits() {
    assertRefused("bank.iban.nationalKey", () -> SepaIban.parse("FR0630006000011234567890188"));
  }

  @Test
  void lettersWhereTheCountryExpectsDigitsBreakItsFormat() {
    assertRefused("bank.iban.format", () -> SepaIban.parse("DE89370400440532013A00"));
  }

  @ParameterizedTest
  @CsvSource({"XX7630001007941234567890185, XX", "US7630001007941234567890185, US"})
  void anUnknownCountryIsNamed(String typed, String country) {
    assertThatThrownBy(() -> SepaIban.parse(typed))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.iban.country");
              assertThat(e.args()).containsExactly(country);
            });
  }

  @ParameterizedTest
  @CsvSource({"BR9700360305000010009795493P1, BR", "SA0380000000608010167519, SA"})
  void aValidIbanOutsideTheSepaAreaCannotBeDebited(String typed, String country) {
    assertThatThrownBy(() -> SepaIban.parse(typed))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.iban.notSepa");
              assertThat(e.args()).containsExactly(country);
            });
  }

  static void assertRefused(
      String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(BankDetailRefused.class)
        .extracting(e -> ((BankDetailRefused) e).messageKey())
        .isEqualTo(key);
  }
}
