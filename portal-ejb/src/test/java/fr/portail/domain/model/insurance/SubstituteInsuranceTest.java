package fr.portail.domain.model.insurance;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubstituteInsuranceTest {

  @Test
  void aPremiumIncreasedByTenPercentIsRecoveredInTwelfthsTheLastTakingUpTheRounding() {
    List<Money> twelfths =
        SubstituteInsurance.twelfths(Money.euros("100.00"), new BigDecimal("10"));

    assertThat(twelfths).hasSize(12);
    assertThat(twelfths.subList(0, 11)).containsOnly(Money.euros("9.17"));
    assertThat(twelfths.get(11)).isEqualTo(Money.euros("9.13"));
    assertThat(sum(twelfths)).isEqualTo(Money.euros("110.00"));
  }

  @ParameterizedTest
  @CsvSource({
    "240.00, 10, 22.00, 22.00, 264.00",
    "240.00, 0, 20.00, 20.00, 240.00",
    "199.99, 7.5, 17.92, 17.87, 214.99",
    "1.00, 10, 0.09, 0.11, 1.10",
    "10000.00, 10, 916.67, 916.63, 11000.00"
  })
  void theTwelveInstalmentsAddUpToTheIncreasedPremiumRoundedToTheCent(
      String premium, String surcharge, String monthly, String last, String total) {
    List<Money> twelfths =
        SubstituteInsurance.twelfths(Money.euros(premium), new BigDecimal(surcharge));

    assertThat(twelfths.get(0)).isEqualTo(Money.euros(monthly));
    assertThat(twelfths.get(11)).isEqualTo(Money.euros(last));
    assertThat(sum(twelfths)).isEqualTo(Money.euros(total));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.01", "11", "-0.5", "12.5", "7.125"})
  void theIncreaseIsTenPercentAtMostWithTwoDecimals(String surcharge) {
    assertRefused(
        "insurance.surcharge.invalid",
        () -> SubstituteInsurance.twelfths(Money.euros("240.00"), new BigDecimal(surcharge)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "10", "10.00", "2.25"})
  void anIncreaseFromNoneToTenPercentIsAllowed(String surcharge) {
    assertThat(SubstituteInsurance.requireSurcharge(new BigDecimal(surcharge))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "0.99", "10000.01"})
  void thePremiumIsOneToTenThousandEuros(String premium) {
    assertRefused(
        "insurance.premium.invalid",
        () -> SubstituteInsurance.twelfths(Money.euros(premium), BigDecimal.TEN));
  }

  private static Money sum(List<Money> amounts) {
    Money total = Money.ZERO;
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }
}
