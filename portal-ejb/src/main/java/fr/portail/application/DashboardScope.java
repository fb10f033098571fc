package fr.portail.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A filter checked against the caller: the codes of the agencies it covers (his, never another's),
 * the residence if one was chosen, and the period from {@code since} to {@code now}.
 */
public record DashboardScope(Set<String> agencyCodes, Long residenceId, Instant since, Instant now)
    implements Serializable {

  public DashboardScope {
    agencyCodes = Set.copyOf(agencyCodes);
  }
}
