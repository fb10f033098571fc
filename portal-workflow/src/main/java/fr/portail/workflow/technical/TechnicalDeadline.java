package fr.portail.workflow.technical;

import fr.portail.application.TechnicalSettings;
import fr.portail.domain.model.technical.ResponseDeadlines;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.domain.shared.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * Start listener of each staff task: sets the task's due date variable, which both the task ({@code
 * flowable:dueDate}, the inbox's colours) and its boundary timer read. The delays are the domain's
 * {@link ResponseDeadlines}, by urgency, with the working-day calendar: the triage counts from the
 * tenant's sending, the contractor's report from the appointment, the other steps from their start
 * on the engine's clock.
 */
@Named("technicalDeadline")
@ApplicationScoped
public class TechnicalDeadline implements ExecutionListener {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalSettings settings;

  private ResponseDeadlines fixed;

  protected TechnicalDeadline() {}

  /** With fixed delays, for the process tests. */
  public TechnicalDeadline(ResponseDeadlines deadlines) {
    this.fixed = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String task = execution.getCurrentActivityId();
    ResponseDeadlines deadlines = fixed != null ? fixed : settings.deadlines();
    Instant due =
        switch (task) {
          case TechnicalRequestProcess.TRIAGE_TASK ->
              Instant.parse((String) execution.getVariable(TechnicalRequestProcess.TRIAGE_DUE));
          case TechnicalRequestProcess.PERFORM_TASK ->
              deadlines.reportDue(
                  LocalDateTime.parse(
                          (String) execution.getVariable(TechnicalRequestProcess.APPOINTMENT))
                      .atZone(WorkingDays.PARIS)
                      .toInstant());
          default ->
              deadlines.dueDate(
                  Urgency.valueOf((String) execution.getVariable(TechnicalRequestProcess.URGENCY)),
                  now());
        };
    execution.setVariable(TechnicalRequestProcess.dueVariable(task), Date.from(due));
  }

  private static Instant now() {
    return CommandContextUtil.getProcessEngineConfiguration()
        .getClock()
        .getCurrentTime()
        .toInstant();
  }
}
