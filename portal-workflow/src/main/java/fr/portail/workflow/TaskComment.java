package fr.portail.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * A note of the staff on a request's process (never shown to the tenant), or the trace of a task
 * handed to a colleague.
 */
public record TaskComment(Instant at, String author, Kind kind, String text)
    implements Serializable {

  /** What the note is. */
  public enum Kind {
    COMMENT,
    DELEGATION
  }

  public static final int TEXT_MAX = 2000;
}
