package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.domain.model.account.CandidateGroups;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** Records the order and gives the contractor's staff the next tasks (their company's group). */
@Named("technicalPlaceOrder")
@ApplicationScoped
public class PlaceInterventionOrder extends TechnicalStep {

  protected PlaceInterventionOrder() {}

  public PlaceInterventionOrder(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long contractorId =
        processing.ordered(
            requestId(execution),
            number(execution, TechnicalRequestProcess.CONTRACTOR_ID),
            text(execution, TechnicalRequestProcess.APPOINTMENT),
            text(execution, TechnicalRequestProcess.INSTRUCTIONS),
            Actors.current());
    execution.setVariable(
        TechnicalRequestProcess.CONTRACTOR_GROUP, CandidateGroups.ofContractor(contractorId));
  }
}
