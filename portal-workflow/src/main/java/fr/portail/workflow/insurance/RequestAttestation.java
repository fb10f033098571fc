package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Asks the tenant for his attestation when the expiry scan opened the renewal. */
@Named("requestAttestation")
@ApplicationScoped
public class RequestAttestation implements JavaDelegate {

  @Inject private InsuranceRenewalProcessing renewals;

  protected RequestAttestation() {}

  public RequestAttestation(InsuranceRenewalProcessing renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.attestationRequested((Long) execution.getVariable(RequestVariables.REQUEST_ID));
  }
}
