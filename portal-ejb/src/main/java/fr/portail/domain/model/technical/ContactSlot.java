package fr.portail.domain.model.technical;

import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A weekly time slot when the tenant can be reached or visited, e.g. "Tuesday afternoon": a day
 * from Monday to Saturday (contractors do not work on Sundays) and a part of the day. Written
 * {@code TUESDAY_AFTERNOON} in forms.
 */
@Embeddable
public class ContactSlot implements Serializable, Comparable<ContactSlot> {

  private static final long serialVersionUID = 1L;

  /** The days a slot may fall on. */
  public static final Set<DayOfWeek> DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

  private static final Comparator<ContactSlot> ORDER =
      Comparator.comparing((ContactSlot s) -> s.day).thenComparing(s -> s.part);

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 9)
  private DayOfWeek day;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_part", nullable = false, length = 9)
  private DayPart part;

  protected ContactSlot() {}

  public ContactSlot(DayOfWeek day, DayPart part) {
    if (day == null || part == null || !DAYS.contains(day)) {
      throw new InvalidValueException("technical.slots.invalid", day + " " + part);
    }
    this.day = day;
    this.part = part;
  }

  /** The slot written as in forms: {@code MONDAY_MORNING}. */
  public static ContactSlot parse(String code) {
    if (code == null) {
      throw new InvalidValueException("technical.slots.invalid", "null");
    }
    int underscore = code.indexOf('_');
    try {
      return new ContactSlot(
          DayOfWeek.valueOf(code.substring(0, Math.max(0, underscore))),
          DayPart.valueOf(code.substring(underscore + 1)));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new InvalidValueException("technical.slots.invalid", code);
    }
  }

  /** The slots of a form, in week order: at least one is needed, or nobody can arrange a visit. */
  public static List<ContactSlot> requireSome(Collection<ContactSlot> slots) {
    if (slots == null || slots.isEmpty()) {
      throw new InvalidValueException("technical.slots.required", "aucun créneau");
    }
    return new ArrayList<>(new TreeSet<>(slots));
  }

  /** Every slot of the week, in order: what the form offers. */
  public static List<ContactSlot> all() {
    List<ContactSlot> all = new ArrayList<>();
    for (DayOfWeek day : DAYS) {
      for (DayPart part : DayPart.values()) {
        all.add(new ContactSlot(day, part));
      }
    }
    return all;
  }

  public DayOfWeek day() {
    return day;
  }

  public DayPart part() {
    return part;
  }

  public String code() {
    return day.name() + "_" + part.name();
  }

  /** Whether a moment (Paris local time) falls in this slot. */
  public boolean covers(LocalDateTime moment) {
    return moment.getDayOfWeek() == day && part.contains(moment.toLocalTime());
  }

  @Override
  public int compareTo(ContactSlot other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactSlot s && day == s.day && part == s.part;
  }

  @Override
  public int hashCode() {
    return day.hashCode() * 31 + part.hashCode();
  }

  @Override
  public String toString() {
    return code();
  }
}
