package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;

/** The contractor accepted: the appointment is recorded and the tenant told. */
@Named("technicalAppointment")
@ApplicationScoped
public class RecordAppointment extends TechnicalStep {

  protected RecordAppointment() {}

  public RecordAppointment(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    processing.accepted(
        requestId(execution),
        text(execution, TechnicalRequestProcess.APPOINTMENT),
        Actors.current());
  }
}
