package fr.portail.domain.model.technical;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * A part of the day when a tenant can be reached or visited: the morning, the afternoon, the end of
 * the day. Each covers [start, end) in Paris time.
 */
public enum DayPart {
  MORNING(LocalTime.of(8, 0), LocalTime.of(12, 0)),
  AFTERNOON(LocalTime.of(12, 0), LocalTime.of(17, 0)),
  EVENING(LocalTime.of(17, 0), LocalTime.of(20, 0));

  private final LocalTime start;
  private final LocalTime end;

  DayPart(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  public LocalTime start() {
    return start;
  }

  public LocalTime end() {
    return end;
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  /** The part of the day a time falls in; empty at night (before 8:00 or from 20:00). */
  public static Optional<DayPart> of(LocalTime time) {
    return Arrays.stream(values()).filter(p -> p.contains(time)).findFirst();
  }

  public String labelKey() {
    return "dayPart." + name();
  }
}
