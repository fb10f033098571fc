package fr.portail.domain.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The landlord's working days ("jours ouvrés": Monday to Friday, public holidays excepted) and
 * office hours in Paris time. It decides deadlines counted in working days and whether a tenant
 * with an emergency is sent at once to the agency's on-call number.
 */
public final class WorkingDays {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Office hours: the caretakers' and agencies' day, outside which the on-call number answers. */
  public static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

  public static final LocalTime DAY_ENDS = LocalTime.of(18, 0);

  private WorkingDays() {}

  /** The public holiday that falls on this day, if any. */
  public static Optional<PublicHoliday> holidayOn(LocalDate day) {
    return Optional.ofNullable(holidaysOf(day.getYear()).get(day));
  }

  /**
   * The public holidays of a year by date. Ascension may fall on 1 May (as in 2008): the day then
   * holds the first in the law's order, 1 May.
   */
  public static Map<LocalDate, PublicHoliday> holidaysOf(int year) {
    Map<LocalDate, PublicHoliday> holidays = new HashMap<>();
    for (PublicHoliday holiday : PublicHoliday.values()) {
      holidays.putIfAbsent(holiday.in(year), holiday);
    }
    return Map.copyOf(holidays);
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY
        && dayOfWeek != DayOfWeek.SUNDAY
        && !holidaysOf(day.getYear()).containsKey(day);
  }

  /**
   * The n-th working day after {@code day}, which itself does not count: from a Friday, one working
   * day is the next Monday (or Tuesday after Easter). Zero gives the day unchanged.
   */
  public static LocalDate plusWorkingDays(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a number of working days >= 0 expected: " + n);
    }
    LocalDate result = day;
    for (int counted = 0; counted < n; ) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /**
   * The same time of day, in Paris, n working days after the Paris day of {@code start}: a step
   * started on Saturday at 10:00 with two working days is due on Tuesday at 10:00. A time that the
   * change to summer time skips moves one hour later, as {@link ZonedDateTime#of} does.
   */
  public static ZonedDateTime plusWorkingDays(ZonedDateTime start, int n) {
    ZonedDateTime paris = start.withZoneSameInstant(PARIS);
    LocalDate due = plusWorkingDays(paris.toLocalDate(), n);
    return ZonedDateTime.of(due, paris.toLocalTime(), PARIS);
  }

  /**
   * Whether the moment is outside office hours in Paris: before 8:00 or from 18:00, on a week-end
   * or on a public holiday. Then an emergency goes to the on-call (astreinte) number at once.
   */
  public static boolean isNightOrNonWorking(ZonedDateTime moment) {
    ZonedDateTime paris = moment.withZoneSameInstant(PARIS);
    LocalTime time = paris.toLocalTime();
    return !isWorkingDay(paris.toLocalDate())
        || time.isBefore(DAY_STARTS)
        || !time.isBefore(DAY_ENDS);
  }

  public static boolean isNightOrNonWorking(Instant moment) {
    return isNightOrNonWorking(moment.atZone(PARIS));
  }
}
