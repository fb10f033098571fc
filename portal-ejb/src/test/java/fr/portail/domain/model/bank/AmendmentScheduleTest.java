package fr.portail.domain.model.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmendmentScheduleTest {

  @ParameterizedTest(name = "approved {0}, debit on the {1} → {2}")
  @CsvSource({
    // Across the year's end: 20/12 + 14 days = 03/01, so the 5th of January is far enough.
    "2026-12-20, 5, 2027-01-05",
    // Exactly 14 days: 22/12 + 14 = 05/01, which is a debit day.
    "2026-12-22, 5, 2027-01-05",
    // One day later, the 5th of January is only 13 days away: the 5th of February.
    "2026-12-23, 5, 2027-02-05",
    "2026-12-19, 3, 2027-01-03",
    "2026-12-20, 3, 2027-01-03",
    "2026-12-21, 3, 2027-02-03",
    "2026-12-31, 15, 2027-01-15",
    "2026-12-31, 10, 2027-02-10",
    "2026-12-01, 15, 2026-12-15",
    "2026-12-02, 15, 2027-01-15",
    // Approved on a debit day: the next one is a month away, so at least 14 days.
    "2026-05-10, 10, 2026-06-10",
    "2026-05-27, 10, 2026-06-10",
    "2026-05-28, 10, 2026-07-10",
    // February: 28 days in 2027, 29 in 2028.
    "2027-02-19, 5, 2027-03-05",
    "2027-02-20, 5, 2027-04-05",
    "2028-02-20, 5, 2028-03-05",
    "2028-02-21, 5, 2028-04-05",
    "2028-02-29, 15, 2028-03-15",
    "2028-03-01, 15, 2028-03-15",
    "2028-03-02, 15, 2028-04-15",
    // Across a month of 30 and one of 31 days.
    "2026-04-21, 5, 2026-05-05",
    "2026-04-22, 5, 2026-06-05",
    "2026-07-22, 5, 2026-08-05",
    "2026-07-23, 5, 2026-09-05",
    // The process tests' clock: Wednesday 4 March 2026.
    "2026-03-04, 5, 2026-04-05",
    "2026-03-04, 15, 2026-04-15"
  })
  void theNewAccountIsDebitedFromTheFirstDebitDayAtLeastFourteenDaysAway(
      LocalDate approvedOn, int debitDay, LocalDate expected) {
    assertThat(AmendmentSchedule.effectiveFrom(approvedOn, debitDay)).isEqualTo(expected);
  }

  @Test
  void everyDayOfThreeYearsGivesTheEarliestDebitDayThatLeavesTheNotice() {
    for (int debitDay : new int[] {3, 5, 10, 15}) {
      for (LocalDate day = LocalDate.of(2026, 1, 1);
          day.isBefore(LocalDate.of(2029, 1, 1));
          day = day.plusDays(1)) {
        LocalDate from = AmendmentSchedule.effectiveFrom(day, debitDay);
        long notice = ChronoUnit.DAYS.between(day, from);

        assertThat(from.getDayOfMonth()).as("%s day %d", day, debitDay).isEqualTo(debitDay);
        assertThat(notice).as("%s day %d", day, debitDay).isBetween(14L, 14L + 30L);
        assertThat(ChronoUnit.DAYS.between(day, from.minusMonths(1)))
            .as("the debit day before %s is too close to %s", from, day)
            .isLessThan(14L);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 29, 31, -5})
  void aDayNotInEveryMonthIsNotADebitDay(int day) {
    assertThatThrownBy(() -> AmendmentSchedule.effectiveFrom(LocalDate.of(2026, 1, 1), day))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
