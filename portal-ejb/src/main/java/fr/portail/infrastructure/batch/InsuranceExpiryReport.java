package fr.portail.infrastructure.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sums the scan up in its exit status, for the administrators and the log: contracts read, renewals
 * opened, contracts left aside (covered or already renewed meanwhile) and skipped (bad data).
 */
@Named
@Dependent
public class InsuranceExpiryReport extends AbstractStepListener {

  private static final Logger LOG = Logger.getLogger(InsuranceExpiryReport.class.getName());

  @Inject private StepContext step;
  @Inject private JobContext job;

  @Override
  public void afterStep() {
    Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
    for (Metric metric : step.getMetrics()) {
      metrics.put(metric.getType(), metric.getValue());
    }
    long read = metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L);
    long opened = metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L);
    long skipped = metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L);
    // Left aside: read, then found covered or renewed meanwhile (a skipped item is not counted).
    String summary =
        "lus="
            + read
            + " ouverts="
            + opened
            + " écartés="
            + (read - opened - skipped)
            + " ignorés="
            + skipped;
    step.setExitStatus(summary);
    job.setExitStatus(summary);
    LOG.info(() -> "Recherche des assurances expirées terminée : " + summary);
  }
}
