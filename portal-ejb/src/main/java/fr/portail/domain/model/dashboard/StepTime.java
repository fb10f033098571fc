package fr.portail.domain.model.dashboard;

import java.io.Serializable;

/**
 * How long a step of a process takes on average, from the task's creation to its completion: in
 * working hours ({@link WorkingTime}) and in calendar hours, over {@code count} tasks.
 */
public record StepTime(
    String stepKey, String name, long count, double workingHours, double calendarHours)
    implements Serializable {}
