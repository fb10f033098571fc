package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Records the accepted attestation as the contract's insurance and closes the request, in the
 * transaction that completes the officer's task.
 */
@Named("recordInsuranceCoverage")
@ApplicationScoped
public class RecordInsuranceCoverage implements JavaDelegate {

  @Inject private InsuranceRenewalProcessing renewals;

  protected RecordInsuranceCoverage() {}

  public RecordInsuranceCoverage(InsuranceRenewalProcessing renewals) {
    this.renewals = renewals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewals.accept((Long) execution.getVariable(RequestVariables.REQUEST_ID), Actors.current());
  }
}
