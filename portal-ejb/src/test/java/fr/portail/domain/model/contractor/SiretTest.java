package fr.portail.domain.model.contractor;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

  @Test
  void keepsTheFourteenDigitsAndPrintsThemInGroups() {
    Siret siret = new Siret(" 732 829 320 00074 ");

    assertThat(siret.value()).isEqualTo("73282932000074");
    assertThat(siret.siren()).isEqualTo("732829320");
    assertThat(siret.display()).isEqualTo("732 829 320 00074");
    assertThat(siret).hasToString("732 829 320 00074");
  }

  @Test
  void acceptsNonBreakingSpacesAndDotsPastedFromAnInvoice() {
    assertThat(new Siret("732\u00a0829\u202f320.00074").value()).isEqualTo("73282932000074");
  }

  @ParameterizedTest
  @ValueSource(strings = {"73282932000074", "81245678900013", "52345678900016", "41234567800012"})
  void acceptsNumbersWhoseLuhnKeyHolds(String input) {
    assertThat(new Siret(input).value()).isEqualTo(input);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "73282932000075", // last digit changed
        "73282932000047", // two digits swapped
        "37282932000074",
        "12345678901234"
      })
  void refusesANumberWhoseLuhnKeyFails(String input) {
    assertRefused("siret.invalid", () -> new Siret(input));
  }

  @Test
  void laPosteEstablishmentsAreCheckedByTheSumOfTheirDigits() {
    // 3+5+6+1 = 15, a multiple of 5, while the Luhn key fails.
    assertThat(new Siret("35600000000001").siren()).isEqualTo("356000000");
    assertRefused("siret.invalid", () -> new Siret("35600000000002"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "7328293200007",
        "732829320000740",
        "7328293200007A",
        "732-829-320-00074",
        "<script>alert(1)</script>"
      })
  void refusesWhatIsNotFourteenDigits(String input) {
    assertRefused("siret.invalid", () -> new Siret(input));
  }

  @Test
  void equalWhateverTheSpacing() {
    Siret printed = new Siret("732 829 320 00074");
    Siret compact = new Siret("73282932000074");

    assertThat(printed).isEqualTo(compact).hasSameHashCodeAs(compact);
    assertThat(printed).isNotEqualTo(new Siret("81245678900013"));
  }
}
