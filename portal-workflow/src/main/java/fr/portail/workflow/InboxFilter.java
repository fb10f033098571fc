package fr.portail.workflow;

import java.io.Serializable;

/** What the inbox shows: every task the caller may work, or only his, or only unclaimed ones. */
public record InboxFilter(Scope scope, String processKey) implements Serializable {

  /** Which tasks, by who holds them. */
  public enum Scope {
    ALL,
    MINE,
    UNCLAIMED
  }

  public static InboxFilter all() {
    return new InboxFilter(Scope.ALL, null);
  }
}
