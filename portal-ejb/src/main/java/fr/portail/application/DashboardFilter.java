package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the manager looks at: one of his agencies (null: all of them), one residence (null: all),
 * and the period in days for the figures of closed requests and ratings.
 */
public record DashboardFilter(String agencyCode, Long residenceId, int periodDays)
    implements Serializable {

  /** The periods offered: the last 30, 90 or 365 days. */
  public static final List<Integer> PERIODS = List.of(30, 90, 365);

  public static final int DEFAULT_PERIOD = 90;

  /** All the caller's agencies over the default period. */
  public static DashboardFilter all() {
    return new DashboardFilter(null, null, DEFAULT_PERIOD);
  }
}
