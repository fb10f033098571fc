package fr.portail.workflow.bank;

import fr.portail.application.BankDetailsProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Applies the officer's approval in the transaction that completes his task: the mandate amended,
 * the tenant told from when, the request closed.
 */
@Named("approveBankDetailsChange")
@ApplicationScoped
public class ApproveBankDetailsChange implements JavaDelegate {

  @Inject private BankDetailsProcessing bankDetails;

  protected ApproveBankDetailsChange() {}

  public ApproveBankDetailsChange(BankDetailsProcessing bankDetails) {
    this.bankDetails = bankDetails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate from =
        bankDetails.approve(
            (Long) execution.getVariable(RequestVariables.REQUEST_ID), Actors.current());
    execution.setVariable(BankDetailsChangeProcess.EFFECTIVE_FROM, from.toString());
  }
}
