package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Tells the tenant why his attestation was refused; the process then waits for another. */
@Named("rejectAttestation")
@ApplicationScoped
public class RejectAttestation implements JavaDelegate {

  @Inject private InsuranceRenewalProcessing renewals;

  protected RejectAttestation() {}

  public RejectAttestation(InsuranceRenewalProcessing renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.reject(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        (String) execution.getVariable(InsuranceRenewalProcess.REASON),
        Actors.current());
  }
}
