package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The caretaker asks for an intervention: his diagnosis goes to the technical manager. */
@Named("technicalAskIntervention")
@ApplicationScoped
public class AskIntervention extends TechnicalStep {

  protected AskIntervention() {}

  public AskIntervention(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.interventionAsked(
        requestId(execution),
        text(execution, TechnicalRequestProcess.DIAGNOSIS),
        text(execution, TechnicalRequestProcess.NEEDED_TRADE),
        Actors.current());
  }
}
