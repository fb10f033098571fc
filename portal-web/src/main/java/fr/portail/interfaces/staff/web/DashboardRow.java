package fr.portail.interfaces.staff.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the dashboard's table, in the reader's words: the request's number, residence,
 * category, urgency, where it stands (the open step, or how it ended), its age in days, when the
 * open step is due, whether a deadline was missed, and the tenant's rating.
 */
public record DashboardRow(
    Long requestId,
    String number,
    String residence,
    String category,
    String urgency,
    int urgencyRank,
    String step,
    boolean open,
    long ageDays,
    Instant submittedAt,
    Instant closedAt,
    Instant dueAt,
    boolean late,
    Integer rating)
    implements Serializable {}
