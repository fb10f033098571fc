package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.application.SubstitutionInput;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Records the insurance the officer took out on the tenant's behalf and its twelve instalments, and
 * closes the request.
 */
@Named("recordSubstituteInsurance")
@ApplicationScoped
public class RecordSubstituteInsurance implements JavaDelegate {

  @Inject private InsuranceRenewalProcessing renewals;

  protected RecordSubstituteInsurance() {}

  public RecordSubstituteInsurance(InsuranceRenewalProcessing renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.substitute(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        new SubstitutionInput(
            text(execution, InsuranceRenewalProcess.SUBSTITUTE_INSURER),
            text(execution, InsuranceRenewalProcess.SUBSTITUTE_POLICY),
            text(execution, InsuranceRenewalProcess.ANNUAL_PREMIUM),
            text(execution, InsuranceRenewalProcess.SURCHARGE_PERCENT)),
        Actors.current());
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
