package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The same common-area fault as an open request: joined to it and closed MERGED. */
@Named("technicalMerge")
@ApplicationScoped
public class MergeIntoFault extends TechnicalStep {

  protected MergeIntoFault() {}

  public MergeIntoFault(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.merged(
        requestId(execution), number(execution, TechnicalRequestProcess.CARRIER), Actors.current());
  }
}
