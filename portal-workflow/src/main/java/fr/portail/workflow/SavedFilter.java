package fr.portail.workflow;

import java.io.Serializable;

/** A filter of the inbox a member of staff saved under a name. */
public record SavedFilter(Long id, String name, InboxFilter filter) implements Serializable {

  public static final int NAME_MAX = 60;
}
