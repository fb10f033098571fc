package fr.portail.domain.shared;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  private static final String TEN_THOUSAND_CHARS = "x".repeat(10_000);

  @Nested
  class Checks_ {

    @Test
    void requireTextStripsAndAcceptsExactlyTheMaximumLength() {
      assertThat(Checks.requireText("  abc  ", 3, "key")).isEqualTo("abc");
    }

    @Test
    void requireTextRefusesOneCharacterOverTheMaximum() {
      assertRefused("key", () -> Checks.requireText("abcd", 3, "key"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void requireTextRefusesBlank(String blank) {
      assertRefused("key", () -> Checks.requireText(blank, 10, "key"));
    }
  }

  @Nested
  class AddressTest {

    @Test
    void keepsTheTrimmedParts() {
      Address address = new Address("  12 rue des Lilas ", " 78000 ", " Versailles  ");

      assertThat(address.street()).isEqualTo("12 rue des Lilas");
      assertThat(address.postalCode()).isEqualTo("78000");
      assertThat(address.city()).isEqualTo("Versailles");
      assertThat(address).hasToString("12 rue des Lilas, 78000 Versailles");
    }

    @Test
    void equalAddressesHaveTheSameHash() {
      Address a = new Address("12 rue des Lilas", "78000", "Versailles");
      Address b = new Address(" 12 rue des Lilas", "78000 ", "Versailles");

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(new Address("12 rue des Lilas", "78150", "Versailles"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesBlankStreet(String street) {
      assertRefused("address.street.invalid", () -> new Address(street, "78000", "Versailles"));
    }

    @Test
    void refusesTooLongStreetAndCity() {
      assertRefused(
          "address.street.invalid", () -> new Address(TEN_THOUSAND_CHARS, "78000", "Versailles"));
      assertRefused(
          "address.street.invalid", () -> new Address("x".repeat(201), "78000", "Versailles"));
      assertRefused(
          "address.city.invalid", () -> new Address("12 rue des Lilas", "78000", "x".repeat(101)));
    }

    @Test
    void acceptsStreetAndCityAtTheirMaximumLength() {
      Address address = new Address("s".repeat(200), "78000", "c".repeat(100));

      assertThat(address.street()).hasSize(200);
      assertThat(address.city()).hasSize(100);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesBlankCity(String city) {
      assertRefused("address.city.invalid", () -> new Address("12 rue des Lilas", "78000", city));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7800", "780000", "78 000", "7800A", "ABCDE", "2A004"})
    void refusesMalformedPostalCode(String postalCode) {
      assertRefused(
          "address.postalCode.invalid",
          () -> new Address("12 rue des Lilas", postalCode, "Versailles"));
    }
  }

  @Nested
  class PhoneNumberTest {

    @Test
    void acceptsNonBreakingSpacesPastedFromAPage() {
      assertThat(new PhoneNumber("06\u00a012\u00a034\u202f56 78").digits()).isEqualTo("0612345678");
    }

    @ParameterizedTest
    @CsvSource({
      "'+33 6 12 34 56 78', 0612345678, 06 12 34 56 78",
      "+33612345678,        0612345678, 06 12 34 56 78",
      "'0033 1 23 45 67 89', 0123456789, 01 23 45 67 89",
      "06.12.34.56.78,      0612345678, 06 12 34 56 78",
      "06-12-34-56-78,      0612345678, 06 12 34 56 78",
      "'  09 87 65 43 21 ', 0987654321, 09 87 65 43 21",
      "0612345678,          0612345678, 06 12 34 56 78"
    })
    void normalisesToTenDigits(String input, String digits, String display) {
      PhoneNumber phone = new PhoneNumber(input);

      assertThat(phone.digits()).isEqualTo(digits);
      assertThat(phone.display()).isEqualTo(display);
      assertThat(phone).hasToString(display);
    }

    @Test
    void numbersWrittenDifferentlyAreEqual() {
      PhoneNumber international = new PhoneNumber("+33 6 12 34 56 78");
      PhoneNumber national = new PhoneNumber("06.12.34.56.78");

      assertThat(international).isEqualTo(national).hasSameHashCodeAs(national);
      assertThat(international).isNotEqualTo(new PhoneNumber("06 12 34 56 79"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "   ",
          "061234567",
          "06 12 34 56 7",
          "06123456789",
          "06 12 AB 56 78",
          "telephone",
          "0012345678",
          "6123456789",
          "+44 7911 123456",
          "06/12/34/56/78",
          "<script>alert(1)</script>"
        })
    void refusesMalformedNumbers(String input) {
      assertRefused("phone.invalid", () -> new PhoneNumber(input));
    }

    @Test
    void refusesAHugeInput() {
      assertRefused("phone.invalid", () -> new PhoneNumber("0" + "6".repeat(9_999)));
    }
  }

  @Nested
  class EmailAddressTest {

    @Test
    void isTrimmedAndLowerCased() {
      assertThat(new EmailAddress("  Jean.Dupont@Example.FR ").value())
          .isEqualTo("jean.dupont@example.fr");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "martine.dupont@example.fr",
          "martine.dupont+portail@mail.example.fr",
          "o'brien@example.ie",
          "a_b-c%d@sub-domain.example.com",
          "x@y.io"
        })
    void acceptsUsualAddresses(String input) {
      assertThat(new EmailAddress(input).value()).isEqualTo(input);
    }

    @Test
    void addressesDifferingOnlyByCaseAreEqual() {
      EmailAddress upper = new EmailAddress("MARTINE@EXAMPLE.FR");
      EmailAddress lower = new EmailAddress("martine@example.fr");

      assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
      assertThat(upper).hasToString("martine@example.fr");
      assertThat(upper).isNotEqualTo(new EmailAddress("martin@example.fr"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "   ",
          "jean.dupont",
          "jean.dupont@",
          "jean.dupont@example",
          "jean.dupont@example.",
          "@example.fr",
          "jean dupont@example.fr",
          "jean@@example.fr",
          "jean@exa mple.fr",
          "jean@example.f",
          "jean@-example.fr",
          "jean@example..fr",
          "jean.dupont@example.fr, pirate@example.fr"
        })
    void refusesMalformedAddresses(String input) {
      assertRefused("email.invalid", () -> new EmailAddress(input));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "<script>alert(1)</script>@example.fr",
          "jean@<b>example</b>.fr",
          "jean@example.fr<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>@example.fr",
          "javascript:alert(1)@example.fr",
          "jean@example.fr\n<script>",
          "jean&lt;@example.fr"
        })
    void refusesHtmlAndScript(String input) {
      assertRefused("email.invalid", () -> new EmailAddress(input));
    }

    @Test
    void refusesHugeInput() {
      assertRefused("email.invalid", () -> new EmailAddress(TEN_THOUSAND_CHARS + "@example.fr"));
    }

    @Test
    void refusesALocalPartOverSixtyFourCharacters() {
      assertThat(new EmailAddress("a".repeat(64) + "@example.fr").value()).hasSize(64 + 11);
      assertRefused("email.invalid", () -> new EmailAddress("a".repeat(65) + "@example.fr"));
    }

    @Test
    void acceptsUpTo254CharactersAndNoMore() {
      String at254 = "a".repeat(64) + "@" + domainOfLength(189);
      String at255 = "a".repeat(64) + "@" + domainOfLength(190);

      assertThat(new EmailAddress(at254).value()).hasSize(254);
      assertRefused("email.invalid", () -> new EmailAddress(at255));
    }

    /** Labels of at most 63 characters, ending in ".fr", total length as asked. */
    private String domainOfLength(int length) {
      int lastLabel = length - (63 + 1 + 63 + 1) - 3;
      return "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(lastLabel) + ".fr";
    }
  }

  @Nested
  class MoneyTest {

    @Test
    void isScaledToTwoDecimals() {
      assertThat(Money.euros("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
      assertThat(Money.euros("12").amount().scale()).isEqualTo(2);
      assertThat(Money.euros("12.5")).hasToString("12.50 €");
    }

    @ParameterizedTest
    @CsvSource({"1.005, 1.00", "1.015, 1.02", "1.0051, 1.01", "-1.005, -1.00", "2.999, 3.00"})
    void roundsHalfEven(String input, String expected) {
      assertThat(Money.euros(input).amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void equalityIgnoresScale() {
      Money a = Money.euros("12.5");
      Money b = new Money(new BigDecimal("12.500"));

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(Money.ZERO).isEqualTo(Money.euros("0.00")).hasSameHashCodeAs(Money.euros("0"));
      assertThat(a).isNotEqualTo(Money.euros("12.51"));
    }

    @Test
    void addsNegatesAndCompares() {
      Money rent = Money.euros("450.30");
      Money payment = Money.euros("-500");

      assertThat(rent.plus(payment)).isEqualTo(Money.euros("-49.70"));
      assertThat(rent.negate()).isEqualTo(Money.euros("-450.30"));
      assertThat(payment.abs()).isEqualTo(Money.euros("500"));
      assertThat(rent.isPositive()).isTrue();
      assertThat(rent.isNegative()).isFalse();
      assertThat(payment.isNegative()).isTrue();
      assertThat(payment.isPositive()).isFalse();
      assertThat(Money.ZERO.isPositive()).isFalse();
      assertThat(Money.ZERO.isNegative()).isFalse();
      assertThat(payment).isLessThan(Money.ZERO);
      assertThat(rent).isGreaterThan(Money.ZERO);
    }

    @Test
    void refusesAnAmountThatRoundsUpToTheLimit() {
      assertRefused("money.invalid", () -> Money.euros("9999999.996"));
      assertThat(Money.euros("9999999.994").negate().abs()).isEqualTo(Money.euros("9999999.99"));
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
      assertRefused("money.invalid", () -> Money.euros("abc"));
    }

    @Test
    void acceptsAmountsJustUnderTenMillion() {
      assertThat(Money.euros("9999999.99").amount()).isEqualTo(new BigDecimal("9999999.99"));
      assertThat(Money.euros("-9999999.99").amount()).isEqualTo(new BigDecimal("-9999999.99"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000", "-10000000", "10000000.01", "1E+10"})
    void refusesTenMillionOrMore(String amount) {
      assertRefused("money.invalid", () -> Money.euros(amount));
    }

    @Test
    void refusesNull() {
      assertRefused("money.invalid", () -> new Money(null));
    }
  }
}
