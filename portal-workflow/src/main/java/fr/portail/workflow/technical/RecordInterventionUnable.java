package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The contractor could not do the repair, with the reason: back to the technical manager. */
@Named("technicalUnable")
@ApplicationScoped
public class RecordInterventionUnable extends TechnicalStep {

  protected RecordInterventionUnable() {}

  public RecordInterventionUnable(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.unable(
        requestId(execution), text(execution, TechnicalRequestProcess.REASON), Actors.current());
  }
}
