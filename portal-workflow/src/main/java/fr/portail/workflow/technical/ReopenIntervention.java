package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The tenant says it is not fixed: a new intervention is to be ordered. */
@Named("technicalReopen")
@ApplicationScoped
public class ReopenIntervention extends TechnicalStep {

  protected ReopenIntervention() {}

  public ReopenIntervention(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.reopened(requestId(execution));
  }
}
