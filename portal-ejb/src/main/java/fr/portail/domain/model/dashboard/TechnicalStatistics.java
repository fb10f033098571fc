package fr.portail.domain.model.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Reads the facts of technical requests for the managers' figures. */
public interface TechnicalStatistics {

  /**
   * The technical requests of the residences of these agencies (of one residence if given): every
   * open one, and those closed or rated since the moment; the oldest first.
   */
  List<TechnicalFacts> facts(Set<Long> agencyIds, Long residenceId, Instant since);
}
