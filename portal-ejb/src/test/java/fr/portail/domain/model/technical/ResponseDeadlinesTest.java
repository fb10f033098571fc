package fr.portail.domain.model.technical;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.shared.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ResponseDeadlinesTest {

  private static final ResponseDeadlines DEFAULTS = ResponseDeadlines.defaults();

  private static ZonedDateTime paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS);
  }

  @Test
  void defaultsAre24Hours8And20WorkingDays() {
    assertThat(DEFAULTS.urgent()).isEqualTo(Duration.ofHours(24));
    assertThat(DEFAULTS.normalWorkingDays()).isEqualTo(8);
    assertThat(DEFAULTS.lowWorkingDays()).isEqualTo(20);
  }

  @Test
  void anUrgentRequestCountsCalendarHoursThroughWeekEndsAndHolidays() {
    // Saturday evening before Easter Monday: due on Sunday evening, not after the holiday.
    assertThat(DEFAULTS.dueDate(Urgency.URGENT, paris("2026-04-04T20:15")))
        .isEqualTo(paris("2026-04-05T20:15"));
  }

  @Test
  void anUrgentRequestCountsRealHoursAcrossTheChangeToSummerTime() {
    // The night of 28 to 29 March 2026 lasts 23 hours in Paris.
    assertThat(DEFAULTS.dueDate(Urgency.URGENT, paris("2026-03-28T12:00")))
        .isEqualTo(paris("2026-03-29T13:00"));
  }

  @Test
  void aNormalRequestCountsEightWorkingDaysOverAscensionAndWhitMonday() {
    // From Wednesday 13 May 2026: 14 May (Ascension) and 25 May (Whit Monday) are skipped.
    assertThat(DEFAULTS.dueDate(Urgency.NORMAL, paris("2026-05-13T09:30")))
        .isEqualTo(paris("2026-05-27T09:30"));
  }

  @Test
  void aProgrammableRequestCountsTwentyWorkingDays() {
    // From Monday 2 March 2026, four plain weeks: Monday 30 March.
    assertThat(DEFAULTS.dueDate(Urgency.LOW, paris("2026-03-02T10:00")))
        .isEqualTo(paris("2026-03-30T10:00"));
  }

  @Test
  void theDelaysAreSettings() {
    ResponseDeadlines deadlines = new ResponseDeadlines(Duration.ofHours(4), 2, 5);

    assertThat(deadlines.dueDate(Urgency.URGENT, paris("2026-03-06T17:00")))
        .isEqualTo(paris("2026-03-06T21:00"));
    assertThat(deadlines.dueDate(Urgency.NORMAL, paris("2026-03-06T17:00")))
        .isEqualTo(paris("2026-03-10T17:00"));
    assertThat(deadlines.dueDate(Urgency.LOW, paris("2026-03-06T17:00")))
        .isEqualTo(paris("2026-03-13T17:00"));
  }

  @Test
  void worksOnInstantsForTheProcessTimers() {
    Instant start = Instant.parse("2026-05-13T07:30:00Z"); // 09:30 in Paris

    assertThat(DEFAULTS.dueDate(Urgency.NORMAL, start))
        .isEqualTo(Instant.parse("2026-05-27T07:30:00Z"));
    assertThat(DEFAULTS.dueDate(Urgency.URGENT, start))
        .isEqualTo(Instant.parse("2026-05-14T07:30:00Z"));
  }

  @Test
  void answersInParisTime() {
    ZonedDateTime utc = ZonedDateTime.of(2026, 5, 13, 7, 30, 0, 0, ZoneOffset.UTC);

    assertThat(DEFAULTS.dueDate(Urgency.URGENT, utc).getZone()).isEqualTo(WorkingDays.PARIS);
  }

  @Test
  void isOverdueOnlyOnceTheDueDateHasPassed() {
    Instant start = Instant.parse("2026-05-13T07:30:00Z");
    Instant due = Instant.parse("2026-05-14T07:30:00Z");

    assertThat(DEFAULTS.isOverdue(Urgency.URGENT, start, due.minusSeconds(1))).isFalse();
    assertThat(DEFAULTS.isOverdue(Urgency.URGENT, start, due)).isFalse();
    assertThat(DEFAULTS.isOverdue(Urgency.URGENT, start, due.plusSeconds(1))).isTrue();
    assertThat(DEFAULTS.isOverdue(Urgency.NORMAL, start, due.plusSeconds(1))).isFalse();
  }

  @Test
  void refusesDelaysOutOfRange() {
    assertRefused("deadlines.urgent.invalid", () -> new ResponseDeadlines(null, 8, 20));
    assertRefused("deadlines.urgent.invalid", () -> new ResponseDeadlines(Duration.ZERO, 8, 20));
    assertRefused(
        "deadlines.urgent.invalid", () -> new ResponseDeadlines(Duration.ofHours(-1), 8, 20));
    assertRefused(
        "deadlines.urgent.invalid", () -> new ResponseDeadlines(Duration.ofDays(8), 8, 20));
    assertRefused(
        "deadlines.normal.invalid", () -> new ResponseDeadlines(Duration.ofHours(24), 0, 20));
    assertRefused(
        "deadlines.normal.invalid", () -> new ResponseDeadlines(Duration.ofHours(24), 121, 200));
    assertRefused("deadlines.low.invalid", () -> new ResponseDeadlines(Duration.ofHours(24), 8, 7));
    assertRefused(
        "deadlines.low.invalid", () -> new ResponseDeadlines(Duration.ofHours(24), 8, 121));
  }

  @Test
  void acceptsTheLimits() {
    ResponseDeadlines deadlines = new ResponseDeadlines(Duration.ofDays(7), 120, 120);

    assertThat(deadlines.lowWorkingDays()).isEqualTo(120);
    assertThat(new ResponseDeadlines(Duration.ofMinutes(1), 1, 1).urgent())
        .isEqualTo(Duration.ofMinutes(1));
  }
}
