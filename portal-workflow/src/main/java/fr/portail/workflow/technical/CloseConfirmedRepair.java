package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The tenant confirmed and rated the repair: resolved, merged reports told. */
@Named("technicalCloseConfirmed")
@ApplicationScoped
public class CloseConfirmedRepair extends TechnicalStep {

  protected CloseConfirmedRepair() {}

  public CloseConfirmedRepair(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.repairConfirmed(requestId(execution));
  }
}
