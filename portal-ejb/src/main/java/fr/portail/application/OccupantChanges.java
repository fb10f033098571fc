package fr.portail.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The household's changes the tenant proposes on one contract: people who come to live there,
 * occupants who left (by id) and corrections of occupants (by id).
 */
public record OccupantChanges(
    List<OccupantInput> newcomers, Set<Long> leaving, Map<Long, OccupantInput> corrections)
    implements Serializable {

  public OccupantChanges {
    newcomers = List.copyOf(newcomers);
    leaving = Set.copyOf(leaving);
    corrections = Map.copyOf(corrections);
  }
}
