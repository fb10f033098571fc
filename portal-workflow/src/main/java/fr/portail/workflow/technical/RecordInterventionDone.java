package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The contractor reports the repair done: the tenant is asked to confirm it. */
@Named("technicalDone")
@ApplicationScoped
public class RecordInterventionDone extends TechnicalStep {

  protected RecordInterventionDone() {}

  public RecordInterventionDone(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.done(
        requestId(execution),
        text(execution, TechnicalRequestProcess.REPORT),
        minutes(execution),
        Actors.current());
  }

  private static Integer minutes(DelegateExecution execution) {
    Long minutes = number(execution, TechnicalRequestProcess.MINUTES);
    return minutes == null || minutes > Integer.MAX_VALUE ? null : minutes.intValue();
  }
}
