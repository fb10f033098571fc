package fr.portail.domain.model.contract;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The two identifiers a tenant copies from paper: file number and client reference (TG). */
class ContractReferencesTest {

  @Test
  void fileNumberIsTenDigitsTrimmed() {
    assertThat(new FileNumber(" 0123456789 ").value()).isEqualTo("0123456789");
    assertThat(new FileNumber("0123456789")).hasToString("0123456789");
  }

  @Test
  void fileNumbersWithTheSameDigitsAreEqual() {
    FileNumber a = new FileNumber("0123456789");

    assertThat(a)
        .isEqualTo(new FileNumber(" 0123456789"))
        .hasSameHashCodeAs(new FileNumber("0123456789"));
    assertThat(a).isNotEqualTo(new FileNumber("0123456780"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "012345678",
        "01234567890",
        "01234ABCDE",
        "ABCDEFGHIJ",
        "01234-6789",
        "TG12345678"
      })
  void fileNumberRefusesAnythingButTenDigits(String input) {
    assertRefused("contract.fileNumber.invalid", () -> new FileNumber(input));
  }

  @Test
  void fileNumberRefusesAHugeInput() {
    assertRefused("contract.fileNumber.invalid", () -> new FileNumber("1".repeat(10_000)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" tg 1234 5678 ", "TG12345678", "tg12345678", "Tg 12345678", "TG 12 34 56 78"})
  void clientReferenceIsUpperCasedWithoutSpaces(String input) {
    ClientReference reference = new ClientReference(input);

    assertThat(reference.value()).isEqualTo("TG12345678");
    assertThat(reference).hasToString("TG12345678");
  }

  @Test
  void clientReferencesTypedDifferentlyAreEqual() {
    ClientReference typed = new ClientReference(" tg 1234 5678 ");
    ClientReference printed = new ClientReference("TG12345678");

    assertThat(typed).isEqualTo(printed).hasSameHashCodeAs(printed);
    assertThat(typed).isNotEqualTo(new ClientReference("TG12345679"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "TG1234567",
        "TG123456789",
        "TX12345678",
        "12345678",
        "0123456789",
        "TG1234567A",
        "TG-1234-5678",
        "<b>TG12345678</b>"
      })
  void clientReferenceRefusesMalformedInput(String input) {
    assertRefused("contract.clientReference.invalid", () -> new ClientReference(input));
  }

  @Test
  void clientReferenceRefusesAHugeInput() {
    assertRefused(
        "contract.clientReference.invalid", () -> new ClientReference("TG" + "1".repeat(10_000)));
  }
}
