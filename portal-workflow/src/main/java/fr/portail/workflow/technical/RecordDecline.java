package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The contractor declined the order, with the reason: back to the technical manager. */
@Named("technicalDecline")
@ApplicationScoped
public class RecordDecline extends TechnicalStep {

  protected RecordDecline() {}

  public RecordDecline(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.declined(
        requestId(execution), text(execution, TechnicalRequestProcess.REASON), Actors.current());
  }
}
