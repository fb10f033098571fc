package fr.portail.domain.model.dashboard;

import fr.portail.domain.shared.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Time measured as the landlord's staff work it: office hours ({@link WorkingDays#DAY_STARTS} to
 * {@link WorkingDays#DAY_ENDS}, Paris time) on working days, public holidays and week-ends
 * excepted. A task created on Friday at 17:00 and done on Monday at 9:00 took two working hours.
 */
public final class WorkingTime {

  /** The length of a working day: 10 hours. */
  public static final Duration DAY = Duration.between(WorkingDays.DAY_STARTS, WorkingDays.DAY_ENDS);

  private WorkingTime() {}

  /** The office time between two moments; zero if the end is not after the start. */
  public static Duration between(Instant start, Instant end) {
    if (start == null || end == null || !end.isAfter(start)) {
      return Duration.ZERO;
    }
    LocalDate day = start.atZone(WorkingDays.PARIS).toLocalDate();
    LocalDate last = end.atZone(WorkingDays.PARIS).toLocalDate();
    Duration total = Duration.ZERO;
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      if (!WorkingDays.isWorkingDay(day)) {
        continue;
      }
      Instant opens = ZonedDateTime.of(day, WorkingDays.DAY_STARTS, WorkingDays.PARIS).toInstant();
      Instant closes = ZonedDateTime.of(day, WorkingDays.DAY_ENDS, WorkingDays.PARIS).toInstant();
      Instant from = start.isAfter(opens) ? start : opens;
      Instant to = end.isBefore(closes) ? end : closes;
      if (to.isAfter(from)) {
        total = total.plus(Duration.between(from, to));
      }
    }
    return total;
  }

  /** In hours, with the fraction: 90 minutes is 1.5. */
  public static double hours(Duration duration) {
    return duration.toSeconds() / 3600.0;
  }
}
