package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.domain.model.account.CandidateGroups;
import fr.portail.domain.model.account.Role;
import fr.portail.workflow.RequestVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Date;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;

/**
 * After a staff task's due date (its non-interrupting timer): the miss is recorded for the
 * dashboard and the technical managers are told; the late task rises to the top of the inboxes and,
 * when it is the caretaker's or the contractor's, the agency's technical managers may take it over
 * (their group is added to it).
 */
@Named("technicalEscalation")
@ApplicationScoped
public class TechnicalEscalation extends TechnicalStep {

  protected TechnicalEscalation() {}

  public TechnicalEscalation(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = TechnicalRequestProcess.ESCALATIONS.get(execution.getCurrentActivityId());
    if (taskKey == null) {
      throw new IllegalStateException("no late task for " + execution.getCurrentActivityId());
    }
    TaskService tasks = CommandContextUtil.getProcessEngineConfiguration().getTaskService();
    Task late =
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    Date due = (Date) execution.getVariable(TechnicalRequestProcess.dueVariable(taskKey));
    processing.deadlineMissed(
        requestId(execution), taskKey, late == null ? taskKey : late.getName(), due.toInstant());
    if (late == null) {
      return;
    }
    tasks.setPriority(late.getId(), TechnicalRequestProcess.ESCALATED_PRIORITY);
    if (!TechnicalRequestProcess.ORDER_TASK.equals(taskKey)) {
      tasks.addCandidateGroup(
          late.getId(),
          CandidateGroups.of(
              Role.TECHNICAL_MANAGER,
              (String) execution.getVariable(RequestVariables.AGENCY_CODE)));
    }
  }
}
