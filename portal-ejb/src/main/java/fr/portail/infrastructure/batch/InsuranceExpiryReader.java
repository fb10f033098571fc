package fr.portail.infrastructure.batch;

import fr.portail.domain.model.insurance.InsuranceRenewalRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the ids of the active housing contracts whose cover ends before the horizon (or that have
 * none) and no open renewal, in ascending order, a page at a time. The checkpoint is the last id
 * read: a restarted job goes on after it.
 */
@Named
@Dependent
public class InsuranceExpiryReader extends AbstractItemReader {

  static final int PAGE = 100;

  @Inject private InsuranceRenewalRepository renewals;
  @Inject private Clock clock;

  @Inject
  @BatchProperty(name = InsuranceExpiryScan.DAYS_AHEAD)
  String daysAhead;

  @Inject
  @BatchProperty(name = InsuranceExpiryScan.AGENCY)
  String agencyCode;

  @Inject
  @ConfigProperty(name = "portal.insurance.expiry-scan.days-ahead", defaultValue = "15")
  int configuredDaysAhead;

  private LocalDate horizon;
  private String agency;
  private long lastId;
  private final Deque<Long> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    horizon = InsuranceExpiryScan.horizon(daysAhead, configuredDaysAhead, LocalDate.now(clock));
    agency = InsuranceExpiryScan.agency(agencyCode);
    lastId = checkpoint instanceof Long id ? id : 0L;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(renewals.uncoveredContracts(horizon, agency, lastId, PAGE));
    }
    Long next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
