package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** No answer from the tenant in time: the repair is presumed done. */
@Named("technicalClosePresumed")
@ApplicationScoped
public class ClosePresumedDone extends TechnicalStep {

  protected ClosePresumedDone() {}

  public ClosePresumedDone(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.presumedDone(requestId(execution));
  }
}
