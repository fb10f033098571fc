package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * The technical managers' dashboard: the figures of the technical requests of their agencies only,
 * for one agency or residence of theirs, and the list of those requests. Another agency's code or
 * residence is "not found".
 */
public interface TechnicalDashboardService {

  /** The agencies and residences the caller may look at. */
  Choices choices();

  /**
   * What a filter covers for the caller, checked: his agencies (or the one chosen among them), the
   * residence chosen, the period. The workflow's statistics use it to stay within the same scope.
   */
  DashboardScope scope(DashboardFilter filter);

  /** The figures and the open (and recently closed) requests of the filter's scope. */
  TechnicalDashboardView dashboard(DashboardFilter filter);

  /** The values of the filter lists. */
  record Choices(List<Choice> agencies, List<ResidenceChoice> residences) implements Serializable {}

  /** An agency by its code and name. */
  record Choice(String value, String label) implements Serializable {}

  /** A residence, with the agency it belongs to (so the list follows the agency chosen). */
  record ResidenceChoice(Long id, String name, String agencyCode) implements Serializable {}
}
