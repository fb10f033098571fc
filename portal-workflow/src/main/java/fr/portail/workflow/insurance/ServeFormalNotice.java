package fr.portail.workflow.insurance;

import static fr.portail.workflow.insurance.InsuranceRenewalProcess.DEFAULT_SUBSTITUTION_DELAY;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.FORMAL_NOTICE_SERVED;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.SUBSTITUTION_DELAY;
import static fr.portail.workflow.insurance.InsuranceRenewalProcess.SUBSTITUTION_DUE;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Serves the formal notice (its date recorded, the tenant told by a letter e-mailed to him) and
 * sets, once, the day the landlord may insure on his behalf: a month later by default.
 */
@Named("serveFormalNotice")
@ApplicationScoped
public class ServeFormalNotice implements JavaDelegate {

  @Inject private InsuranceRenewalProcessing renewals;

  protected ServeFormalNotice() {}

  public ServeFormalNotice(InsuranceRenewalProcessing renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.formalNoticeServed((Long) execution.getVariable(RequestVariables.REQUEST_ID));
    String delay = (String) execution.getVariable(SUBSTITUTION_DELAY);
    execution.setVariable(
        SUBSTITUTION_DUE,
        Date.from(
            InsuranceRenewalProcess.after(
                    EngineClock.now(), delay == null ? DEFAULT_SUBSTITUTION_DELAY : delay)
                .toInstant()));
    execution.setVariable(FORMAL_NOTICE_SERVED, true);
  }
}
