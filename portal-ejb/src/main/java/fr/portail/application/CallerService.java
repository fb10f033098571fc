package fr.portail.application;

import java.util.Set;

/** Who is calling: display name, roles and the process groups a staff member may work. */
public interface CallerService {

  /** The caller's account, as the screens and the inbox need it. */
  Caller current();

  /** The calling account in the terms the screens and the workflow need. */
  record Caller(
      Long accountId,
      String displayName,
      Set<String> roles,
      Set<String> agencyCodes,
      Set<String> candidateGroups)
      implements java.io.Serializable {}
}
