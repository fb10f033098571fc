package fr.portail.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  private static ZonedDateTime paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS);
  }

  @Nested
  class Easter {

    @ParameterizedTest
    @CsvSource({
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2026, 2026-04-05",
      "2027, 2027-03-28",
      "2028, 2028-04-16",
      "2038, 2038-04-25",
      "2285, 2285-03-22",
      "1818, 1818-03-22",
      "2000, 2000-04-23",
      "1583, 1583-04-10"
    })
    void isComputedForGregorianYears(int year, LocalDate expected) {
      assertThat(PublicHoliday.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void refusesAYearBeforeTheGregorianCalendar() {
      assertThatIllegalArgumentException().isThrownBy(() -> PublicHoliday.easterSunday(1582));
    }
  }

  @Nested
  class Holidays {

    @Test
    void theElevenHolidaysOf2026() {
      assertThat(WorkingDays.holidaysOf(2026))
          .containsOnlyKeys(
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 4, 6),
              LocalDate.of(2026, 5, 1),
              LocalDate.of(2026, 5, 8),
              LocalDate.of(2026, 5, 14),
              LocalDate.of(2026, 5, 25),
              LocalDate.of(2026, 7, 14),
              LocalDate.of(2026, 8, 15),
              LocalDate.of(2026, 11, 1),
              LocalDate.of(2026, 11, 11),
              LocalDate.of(2026, 12, 25));
    }

    @Test
    void movableHolidaysOf2026And2027() {
      assertThat(PublicHoliday.EASTER_MONDAY.in(2026)).isEqualTo("2026-04-06");
      assertThat(PublicHoliday.ASCENSION_DAY.in(2026)).isEqualTo("2026-05-14");
      assertThat(PublicHoliday.WHIT_MONDAY.in(2026)).isEqualTo("2026-05-25");
      assertThat(PublicHoliday.EASTER_MONDAY.in(2027)).isEqualTo("2027-03-29");
      assertThat(PublicHoliday.ASCENSION_DAY.in(2027)).isEqualTo("2027-05-06");
      assertThat(PublicHoliday.WHIT_MONDAY.in(2027)).isEqualTo("2027-05-17");
    }

    @Test
    void ascensionOnTheFirstOfMayIsOneHolidayOnThatDay() {
      assertThat(PublicHoliday.ASCENSION_DAY.in(2008)).isEqualTo("2008-05-01");
      assertThat(WorkingDays.holidaysOf(2008)).hasSize(10);
      assertThat(WorkingDays.holidayOn(LocalDate.of(2008, 5, 1)))
          .contains(PublicHoliday.LABOUR_DAY);
    }

    @Test
    void namesTheHolidayOfADay() {
      assertThat(WorkingDays.holidayOn(LocalDate.of(2026, 5, 25)))
          .contains(PublicHoliday.WHIT_MONDAY);
      assertThat(WorkingDays.holidayOn(LocalDate.of(2026, 5, 26))).isEmpty();
    }
  }

  @Nested
  class IsWorkingDay {

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25"})
    void aHolidayOnAWeekdayIsNotWorked(LocalDate holiday) {
      assertThat(holiday.getDayOfWeek().getValue()).isLessThan(6);
      assertThat(WorkingDays.isWorkingDay(holiday)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-04", "2026-04-05", "2026-08-15", "2026-11-01"})
    void weekEndsAreNotWorked(LocalDate day) {
      assertThat(WorkingDays.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-03", "2026-04-07", "2026-05-13", "2026-05-15", "2026-12-24"})
    void ordinaryWeekdaysAreWorked(LocalDate day) {
      assertThat(WorkingDays.isWorkingDay(day)).isTrue();
    }
  }

  @Nested
  class PlusWorkingDays {

    @ParameterizedTest
    @CsvSource({
      // a plain week: Monday + 4 = Friday, + 5 = next Monday
      "2026-03-02, 4, 2026-03-06",
      "2026-03-02, 5, 2026-03-09",
      // from Thursday before Easter: Friday, then Tuesday (Easter Monday off)
      "2026-04-02, 1, 2026-04-03",
      "2026-04-02, 2, 2026-04-07",
      // the May bridges of 2026: 1 May (Fri), 8 May (Fri), Ascension 14 May (Thu)
      "2026-04-30, 1, 2026-05-04",
      "2026-05-07, 1, 2026-05-11",
      "2026-05-13, 1, 2026-05-15",
      // 8 working days from Wednesday 13 May 2026: 15, 18, 19, 20, 21, 22, 26 (25 off), 27
      "2026-05-13, 8, 2026-05-27",
      // from a Saturday, Monday is the first
      "2026-03-07, 1, 2026-03-09",
      // over the new year: 25 Dec and 1 Jan are off
      "2026-12-24, 1, 2026-12-28",
      "2026-12-31, 1, 2027-01-04",
      // zero leaves the day as it is, even a holiday
      "2026-05-14, 0, 2026-05-14"
    })
    void skipsWeekEndsAndHolidays(LocalDate from, int n, LocalDate expected) {
      assertThat(WorkingDays.plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @Test
    void refusesANegativeCount() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WorkingDays.plusWorkingDays(LocalDate.of(2026, 3, 2), -1));
    }

    @Test
    void keepsTheTimeOfDayInParis() {
      ZonedDateTime start = paris("2026-05-13T16:45");

      assertThat(WorkingDays.plusWorkingDays(start, 8)).isEqualTo(paris("2026-05-27T16:45"));
    }

    @Test
    void countsInParisTimeWhateverTheZoneOfTheStart() {
      // 23:30 UTC on Thursday 30 April is 01:30 on Friday 1 May (a holiday) in Paris.
      ZonedDateTime start = ZonedDateTime.of(2026, 4, 30, 23, 30, 0, 0, ZoneId.of("UTC"));

      ZonedDateTime due = WorkingDays.plusWorkingDays(start, 1);

      assertThat(due.getZone()).isEqualTo(WorkingDays.PARIS);
      assertThat(due.toLocalDateTime()).isEqualTo("2026-05-04T01:30");
    }

    @Test
    void keepsTheWallClockTimeAcrossTheChangeToSummerTime() {
      // Summer time starts on Sunday 29 March 2026: the offset changes, the hour does not.
      ZonedDateTime friday = paris("2026-03-27T09:00");

      ZonedDateTime due = WorkingDays.plusWorkingDays(friday, 1);

      assertThat(due.toLocalDateTime()).isEqualTo("2026-03-30T09:00");
      assertThat(due.getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
    }
  }

  @Nested
  class NightOrNonWorking {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-03-03T07:59", // Tuesday before opening
          "2026-03-03T18:00", // Tuesday at closing time
          "2026-03-03T23:30",
          "2026-03-07T11:00", // Saturday
          "2026-03-08T15:00", // Sunday
          "2026-05-14T10:00", // Ascension, a Thursday
          "2026-05-25T10:00", // Whit Monday
          "2026-07-14T09:00" // Bastille Day, a Tuesday
        })
    void outsideOfficeHoursOrOnADayOff(String localDateTime) {
      assertThat(WorkingDays.isNightOrNonWorking(paris(localDateTime))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-03T08:00", "2026-03-03T12:30", "2026-03-03T17:59"})
    void officeHoursOfAWorkingDay(String localDateTime) {
      assertThat(WorkingDays.isNightOrNonWorking(paris(localDateTime))).isFalse();
    }

    @Test
    void readsTheHourInParisNotInTheZoneGiven() {
      // 17:30 UTC in July is 19:30 in Paris: night. 07:30 UTC is 09:30 in Paris: office hours.
      ZonedDateTime evening = ZonedDateTime.of(2026, 7, 15, 17, 30, 0, 0, ZoneId.of("UTC"));
      ZonedDateTime morning = ZonedDateTime.of(2026, 7, 15, 7, 30, 0, 0, ZoneId.of("UTC"));

      assertThat(WorkingDays.isNightOrNonWorking(evening)).isTrue();
      assertThat(WorkingDays.isNightOrNonWorking(morning.toInstant())).isFalse();
    }
  }
}
