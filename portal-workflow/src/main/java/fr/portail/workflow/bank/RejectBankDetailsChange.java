package fr.portail.workflow.bank;

import fr.portail.application.BankDetailsProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** Closes the request as refused with the officer's reason; the mandate stays as it was. */
@Named("rejectBankDetailsChange")
@ApplicationScoped
public class RejectBankDetailsChange implements JavaDelegate {

  @Inject private BankDetailsProcessing bankDetails;

  protected RejectBankDetailsChange() {}

  public RejectBankDetailsChange(BankDetailsProcessing bankDetails) {
    this.bankDetails = bankDetails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bankDetails.reject(
        (Long) execution.getVariable(RequestVariables.REQUEST_ID),
        (String) execution.getVariable(BankDetailsChangeProcess.REASON),
        Actors.current());
  }
}
