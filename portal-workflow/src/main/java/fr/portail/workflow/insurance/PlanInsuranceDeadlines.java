package fr.portail.workflow.insurance;

import static fr.portail.workflow.insurance.InsuranceRenewalProcess.COVERAGE_ENDS_ON;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.DEFAULT_FORMAL_NOTICE_DELAY;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.DEFAULT_REMINDER_CYCLE;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.FORMAL_NOTICE_DELAY;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.FORMAL_NOTICE_DUE;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.FORMAL_NOTICE_SERVED;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.NOTICE_AFTER_EXPIRY;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.REMINDER_CYCLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Sets the renewal's deadlines at its start, from the engine's clock: the reminders' cycle and the
 * day of the formal notice (40 days after the opening by default, and never before 15 days after
 * the attestation on file has ended, so a renewal opened ahead of the expiry never serves a notice
 * to an insured tenant). Values given at the start are kept.
 */
@Named("planInsuranceDeadlines")
@ApplicationScoped
public class PlanInsuranceDeadlines implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(REMINDER_CYCLE) == null) {
      execution.setVariable(REMINDER_CYCLE, DEFAULT_REMINDER_CYCLE);
    }
    String delay = (String) execution.getVariable(FORMAL_NOTICE_DELAY);
    ZonedDateTime notice =
        InsuranceRenewalProcess.after(
            EngineClock.now(), delay == null ? DEFAULT_FORMAL_NOTICE_DELAY : delay);
    Object coverageEnd = execution.getVariable(COVERAGE_ENDS_ON);
    if (coverageEnd instanceof String end && !end.isBlank()) {
      ZonedDateTime earliest =
          LocalDate.parse(end)
              .plus(NOTICE_AFTER_EXPIRY)
              .atTime(LocalTime.of(9, 0))
              .atZone(InsuranceRenewalProcess.ZONE);
      if (notice.isBefore(earliest)) {
        notice = earliest;
      }
    }
    execution.setVariable(FORMAL_NOTICE_DUE, Date.from(notice.toInstant()));
    execution.setVariable(FORMAL_NOTICE_SERVED, false);
  }
}
