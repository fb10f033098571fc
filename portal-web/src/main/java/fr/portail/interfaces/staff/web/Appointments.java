package fr.portail.interfaces.staff.web;

import fr.portail.domain.shared.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * An appointment as the staff's forms take it: a date typed "jj/mm/aaaa" and a time chosen among
 * the half hours from 8:00 to 19:30, in Paris time; the process receives it as an ISO local
 * date-time.
 */
final class Appointments {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Appointments() {}

  /** A refused date or time: the message key and whether it is about the date or the time. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;
    final String key;

    Refused(String field, String key) {
      super(key);
      this.field = field;
      this.key = key;
    }
  }

  /** The half hours offered, "08:00" to "19:30". */
  static List<String> times() {
    List<String> times = new ArrayList<>();
    for (LocalTime t = LocalTime.of(8, 0); t.isBefore(LocalTime.of(20, 0)); t = t.plusMinutes(30)) {
      times.add(TIME.format(t));
    }
    return times;
  }

  /**
   * The ISO local date-time ("2026-03-10T09:30") of the date and time typed; null when both are
   * empty and {@code optional}.
   */
  static String iso(String date, String time, boolean optional) throws Refused {
    boolean noDate = date == null || date.isBlank();
    boolean noTime = time == null || time.isBlank();
    if (noDate && noTime) {
      if (optional) {
        return null;
      }
      throw new Refused("date", "appointment.required");
    }
    if (noDate) {
      throw new Refused("date", "appointment.required");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(date.strip(), DATE);
    } catch (DateTimeParseException e) {
      throw new Refused("date", "appointment.date.invalid");
    }
    if (noTime || !times().contains(time)) {
      throw new Refused("time", "appointment.time.required");
    }
    return LocalDateTime.of(day, LocalTime.parse(time, TIME)).toString();
  }

  static String date(Instant at) {
    return at == null ? null : DATE.format(at.atZone(WorkingDays.PARIS));
  }

  static String time(Instant at) {
    if (at == null) {
      return null;
    }
    ZonedDateTime paris = at.atZone(WorkingDays.PARIS);
    return TIME.format(paris);
  }
}
