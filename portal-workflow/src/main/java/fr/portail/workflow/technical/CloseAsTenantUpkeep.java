package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** A repair for the tenant to make: closed with the caretaker's explanation. */
@Named("technicalCloseTenantUpkeep")
@ApplicationScoped
public class CloseAsTenantUpkeep extends TechnicalStep {

  protected CloseAsTenantUpkeep() {}

  public CloseAsTenantUpkeep(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.closedAsTenantUpkeep(
        requestId(execution),
        text(execution, TechnicalRequestProcess.TENANT_TEXT),
        Actors.current());
  }
}
