package fr.portail.domain.model.technical;

import java.util.List;
import java.util.Optional;

/** Finds and stores the reports of technical requests. */
public interface TechnicalReportRepository {

  Optional<TechnicalReport> findByRequest(Long requestId);

  /**
   * The open reports that may carry this one's fault: same residence and category, not merged
   * themselves, oldest first.
   */
  List<TechnicalReport> openCarriersFor(TechnicalReport report);

  /** The reports merged into this one, oldest first. */
  List<TechnicalReport> followersOf(TechnicalReport carrier);

  /** Whether an intervention on the request was ever ordered from this contractor. */
  boolean orderedFrom(Long requestId, Long contractorId);

  void store(TechnicalReport report);
}
