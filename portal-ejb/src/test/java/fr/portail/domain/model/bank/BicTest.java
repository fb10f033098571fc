package fr.portail.domain.model.bank;

import static fr.portail.domain.model.bank.SepaIbanTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.contract.Iban;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

  private static final Iban FRENCH = new Iban(SepaIbanTest.FR);
  private static final Iban GERMAN = new Iban("DE89370400440532013000");
  private static final Iban BRITISH = new Iban("GB29NWBK60161331926819");

  @ParameterizedTest
  @CsvSource({
    "BNPAFRPP, BNPAFRPP",
    "bnpafrpp, BNPAFRPP",
    "BNPA FRPP XXX, BNPAFRPPXXX",
    "CEPAFRPP751, CEPAFRPP751"
  })
  void aBicOfEightOrElevenCharactersIsKeptInCapitalsWithoutSpaces(String typed, String kept) {
    Bic bic = new Bic(typed);

    assertThat(bic.value()).isEqualTo(kept);
    assertThat(bic.countryCode()).isEqualTo("FR");
  }

  @Test
  void anEmptyBicIsRequired() {
    assertRefused("bank.bic.required", () -> new Bic(" "));
    assertRefused("bank.bic.required", () -> new Bic(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BNPAFR", "BNPAFRPPX", "BNPAFRPPXXXX"})
  void anotherLengthSaysTheLengthTyped(String typed) {
    assertThatThrownBy(() -> new Bic(typed))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.bic.length");
              assertThat(e.args()).containsExactly(String.valueOf(typed.length()));
            });
  }

  @Test
  void tenThousandCharactersAreRefusedByTheirLength() {
    assertRefused("bank.bic.length", () -> new Bic("B".repeat(10_000)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<b>AFRPP", "BNPAFR-P", "BNPAFRP<"})
  void markupOrPunctuationBreaksTheFormat(String typed) {
    assertRefused("bank.bic.format", () -> new Bic(typed));
  }

  @Test
  void lettersFiveAndSixMustBeACountry() {
    assertThatThrownBy(() -> new Bic("BNPAXXPP"))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.bic.country");
              assertThat(e.args()).containsExactly("XX");
            });
  }

  @Test
  void theBankIsInTheCountryOfTheAccount() {
    assertThat(new Bic("BNPAFRPP").agreesWith(FRENCH)).isTrue();
    assertThat(new Bic("COBADEFF").agreesWith(GERMAN)).isTrue();
    assertThat(new Bic("COBADEFF").agreesWith(FRENCH)).isFalse();
    assertThat(new Bic("BNPAFRPP").agreesWith(GERMAN)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BFCORERX", "BDAFGPGP", "CCBPMQMQ", "BNPAYTYT", "CEPANCNM"})
  void banksOfTheFrenchOverseasTerritoriesHoldFrenchIbans(String bic) {
    assertThat(new Bic(bic).agreesWith(FRENCH)).isTrue();
    assertThat(new Bic(bic).agreesWith(GERMAN)).isFalse();
  }

  @Test
  void aJerseyBankHoldsBritishIbans() {
    assertThat(new Bic("HSBCJESH").agreesWith(BRITISH)).isTrue();
    assertThat(new Bic("HSBCJESH").agreesWith(FRENCH)).isFalse();
  }

  @Test
  void twoBicsAreEqualByValue() {
    assertThat(new Bic("bnpafrpp"))
        .isEqualTo(new Bic("BNPAFRPP"))
        .hasSameHashCodeAs(new Bic("BNPAFRPP"));
  }
}
