package fr.portail.domain.model.technical;

import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When a step of a technical request is due, from its start and the request's urgency: urgent
 * requests in calendar hours (an emergency does not wait for Monday), the others in working days.
 * The delays are settings of the landlord; the defaults are those of its service commitments.
 */
public final class ResponseDeadlines {

  public static final Duration DEFAULT_URGENT = Duration.ofHours(24);
  public static final int DEFAULT_NORMAL_WORKING_DAYS = 8;
  public static final int DEFAULT_LOW_WORKING_DAYS = 20;

  /** The contractor reports an intervention within one working day of its appointment. */
  public static final int REPORT_WORKING_DAYS = 1;

  private static final Duration MAX_URGENT = Duration.ofDays(7);
  private static final int MAX_WORKING_DAYS = 120;

  private final Duration urgent;
  private final int normalWorkingDays;
  private final int lowWorkingDays;

  /**
   * @param urgent calendar time for an urgent request, from one minute to seven days
   * @param normalWorkingDays working days for a normal request, 1 to 120
   * @param lowWorkingDays working days for a programmable request, at least the normal delay
   */
  public ResponseDeadlines(Duration urgent, int normalWorkingDays, int lowWorkingDays) {
    if (urgent == null || urgent.toMinutes() < 1 || urgent.compareTo(MAX_URGENT) > 0) {
      throw new InvalidValueException("deadlines.urgent.invalid", String.valueOf(urgent));
    }
    if (normalWorkingDays < 1 || normalWorkingDays > MAX_WORKING_DAYS) {
      throw new InvalidValueException(
          "deadlines.normal.invalid", String.valueOf(normalWorkingDays));
    }
    if (lowWorkingDays < normalWorkingDays || lowWorkingDays > MAX_WORKING_DAYS) {
      throw new InvalidValueException("deadlines.low.invalid", String.valueOf(lowWorkingDays));
    }
    this.urgent = urgent;
    this.normalWorkingDays = normalWorkingDays;
    this.lowWorkingDays = lowWorkingDays;
  }

  /** 24 hours, 8 working days, 20 working days. */
  public static ResponseDeadlines defaults() {
    return new ResponseDeadlines(
        DEFAULT_URGENT, DEFAULT_NORMAL_WORKING_DAYS, DEFAULT_LOW_WORKING_DAYS);
  }

  /** When a step started at {@code start} is due, in Paris time. */
  public ZonedDateTime dueDate(Urgency urgency, ZonedDateTime start) {
    return switch (urgency) {
      case URGENT -> start.withZoneSameInstant(WorkingDays.PARIS).plus(urgent);
      case NORMAL -> WorkingDays.plusWorkingDays(start, normalWorkingDays);
      case LOW -> WorkingDays.plusWorkingDays(start, lowWorkingDays);
    };
  }

  public Instant dueDate(Urgency urgency, Instant start) {
    return dueDate(urgency, start.atZone(WorkingDays.PARIS)).toInstant();
  }

  /** When the contractor's report of an intervention is due, from its appointment. */
  public Instant reportDue(Instant appointment) {
    return WorkingDays.plusWorkingDays(appointment.atZone(WorkingDays.PARIS), REPORT_WORKING_DAYS)
        .toInstant();
  }

  /** Whether a step started at {@code start} and still open at {@code now} missed its deadline. */
  public boolean isOverdue(Urgency urgency, Instant start, Instant now) {
    return now.isAfter(dueDate(urgency, start));
  }

  public Duration urgent() {
    return urgent;
  }

  public int normalWorkingDays() {
    return normalWorkingDays;
  }

  public int lowWorkingDays() {
    return lowWorkingDays;
  }
}
