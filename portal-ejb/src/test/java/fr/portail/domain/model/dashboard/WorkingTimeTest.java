package fr.portail.domain.model.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.shared.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

  private static Instant paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS).toInstant();
  }

  private static Duration between(String start, String end) {
    return WorkingTime.between(paris(start), paris(end));
  }

  @Test
  void withinOneWorkingDayItIsTheElapsedTime() {
    // Monday 2 March 2026.
    assertThat(between("2026-03-02T09:15", "2026-03-02T11:45")).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void nightsCountNothingAndDaysTenHours() {
    // Monday 9:00 to Tuesday 10:00: 9 h on Monday, 2 h on Tuesday.
    assertThat(between("2026-03-02T09:00", "2026-03-03T10:00")).isEqualTo(Duration.ofHours(11));
    // Monday 7:00 to Wednesday 20:00: three whole days.
    assertThat(between("2026-03-02T07:00", "2026-03-04T20:00")).isEqualTo(Duration.ofHours(30));
    assertThat(WorkingTime.DAY).isEqualTo(Duration.ofHours(10));
  }

  @Test
  void weekEndsAndPublicHolidaysCountNothing() {
    // Friday 6 March 17:00 to Monday 9 March 9:00: one hour each side.
    assertThat(between("2026-03-06T17:00", "2026-03-09T09:00")).isEqualTo(Duration.ofHours(2));
    // Easter Monday 2026 is 6 April: Friday 3 April 17:00 to Tuesday 7 April 9:00.
    assertThat(between("2026-04-03T17:00", "2026-04-07T09:00")).isEqualTo(Duration.ofHours(2));
    // A task opened and closed on a Sunday took no working time.
    assertThat(between("2026-03-08T10:00", "2026-03-08T16:00")).isZero();
  }

  @Test
  void outsideOfficeHoursOnTheSameEveningItIsZero() {
    assertThat(between("2026-03-02T18:30", "2026-03-02T23:00")).isZero();
    assertThat(between("2026-03-02T06:00", "2026-03-02T07:59")).isZero();
  }

  @Test
  void theChangeToSummerTimeKeepsTheOfficeDay() {
    // 29 March 2026 (Sunday) the clocks go forward; Friday 17:00 to Monday 18:00 = 1 + 10 h.
    assertThat(between("2026-03-27T17:00", "2026-03-30T18:00")).isEqualTo(Duration.ofHours(11));
  }

  @Test
  void anEndBeforeTheStartOrMissingIsZero() {
    assertThat(between("2026-03-03T10:00", "2026-03-02T10:00")).isZero();
    assertThat(WorkingTime.between(null, Instant.now())).isZero();
  }

  @Test
  void hoursKeepTheFraction() {
    assertThat(WorkingTime.hours(Duration.ofMinutes(90))).isEqualTo(1.5);
  }
}
