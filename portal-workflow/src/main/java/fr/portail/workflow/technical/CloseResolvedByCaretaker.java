package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The caretaker solved it himself: closed with his note for the tenant. */
@Named("technicalCloseResolved")
@ApplicationScoped
public class CloseResolvedByCaretaker extends TechnicalStep {

  protected CloseResolvedByCaretaker() {}

  public CloseResolvedByCaretaker(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.resolvedByCaretaker(
        requestId(execution),
        text(execution, TechnicalRequestProcess.TENANT_TEXT),
        Actors.current());
  }
}
