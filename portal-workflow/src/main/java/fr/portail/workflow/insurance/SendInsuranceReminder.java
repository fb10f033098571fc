package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Reminds the tenant that his attestation is still awaited (each cycle of the reminder timer). */
@Named("sendInsuranceReminder")
@ApplicationScoped
public class SendInsuranceReminder implements JavaDelegate {

  @Inject private InsuranceRenewalProcessing renewals;

  protected SendInsuranceReminder() {}

  public SendInsuranceReminder(InsuranceRenewalProcessing renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.reminded((Long) execution.getVariable(RequestVariables.REQUEST_ID));
  }
}
