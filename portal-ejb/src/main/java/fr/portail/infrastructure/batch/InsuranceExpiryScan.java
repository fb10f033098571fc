package fr.portail.infrastructure.batch;

import fr.portail.domain.model.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the insurance expiry scan every night at 02:30 (Paris), unless switched off with {@code
 * portal.insurance.expiry-scan.enabled=false} (environment PORTAL_INSURANCE_EXPIRY_SCAN_ENABLED);
 * an administrator, or any JobOperator call, may also start it. The scan looks {@code
 * portal.insurance.expiry-scan.days-ahead} days ahead (default 15): a cover ending within that many
 * days already opens its renewal, so the tenant is asked before his attestation expires.
 */
@Singleton
// The batch runtime keeps its job repository in transactions of its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsuranceExpiryScan {

  /** The job's name: {@code META-INF/batch-jobs/insuranceExpiryScan.xml}. */
  public static final String JOB = "insuranceExpiryScan";

  /** Job parameter: how many days ahead a cover's end opens a renewal (0 to 90). */
  public static final String DAYS_AHEAD = "daysAhead";

  /** Job parameter (optional): scan the contracts of this agency only. */
  public static final String AGENCY = "agencyCode";

  static final int DAYS_AHEAD_MAX = 90;

  private static final Logger LOG = Logger.getLogger(InsuranceExpiryScan.class.getName());

  @Inject
  @ConfigProperty(name = "portal.insurance.expiry-scan.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "portal.insurance.expiry-scan.days-ahead", defaultValue = "15")
  int daysAhead;

  @Schedule(
      hour = "2",
      minute = "30",
      timezone = "Europe/Paris",
      persistent = false,
      info = "Recherche quotidienne des assurances expirées")
  @PermitAll
  void daily() {
    if (!enabled) {
      LOG.fine("Recherche des assurances expirées désactivée (portal.insurance.expiry-scan).");
      return;
    }
    long execution = start(null, null);
    LOG.info(() -> "Recherche des assurances expirées lancée : exécution " + execution);
  }

  /** Starts the scan now; null parameters take the configured defaults (all agencies). */
  @RolesAllowed(Role.ADMIN_NAME)
  public long startNow(Integer daysAheadOverride, String agencyCode) {
    return start(daysAheadOverride, agencyCode);
  }

  private long start(Integer daysAheadOverride, String agencyCode) {
    Properties parameters = new Properties();
    parameters.setProperty(
        DAYS_AHEAD, String.valueOf(daysAheadOverride == null ? daysAhead : daysAheadOverride));
    if (agencyCode != null && !agencyCode.isBlank()) {
      parameters.setProperty(AGENCY, agencyCode.strip());
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.start(JOB, parameters);
  }

  /**
   * The first day a cover must reach not to be renewed: today plus the days ahead given to the job
   * (the configured default when absent); a value out of 0 to {@value #DAYS_AHEAD_MAX} fails the
   * job before it reads anything.
   */
  static LocalDate horizon(String daysAheadParameter, int configured, LocalDate today) {
    int days;
    try {
      days =
          daysAheadParameter == null || daysAheadParameter.isBlank()
              ? configured
              : Integer.parseInt(daysAheadParameter.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("daysAhead n'est pas un nombre : " + daysAheadParameter);
    }
    if (days < 0 || days > DAYS_AHEAD_MAX) {
      throw new IllegalArgumentException("daysAhead hors de 0 à " + DAYS_AHEAD_MAX + " : " + days);
    }
    return today.plusDays(days);
  }

  static String agency(String agencyParameter) {
    return agencyParameter == null || agencyParameter.isBlank() ? null : agencyParameter.strip();
  }
}
