package fr.portail.workflow.technical;

import fr.portail.application.TechnicalProcessing;
import fr.portail.workflow.Actors;
import fr.portail.workflow.ProcessComments;
import fr.portail.workflow.TaskComment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;

/**
 * A complement from the tenant reached the process (its event subprocess, at any step): it is
 * noted, in the tenant's name, on the open task, and whoever holds the open tasks is told by
 * e-mail. The complement itself was stored by the tenant's use case before.
 */
@Named("technicalComplement")
@ApplicationScoped
public class ForwardComplement extends TechnicalStep {

  protected ForwardComplement() {}

  public ForwardComplement(TechnicalProcessing processing) {
    super(processing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = CommandContextUtil.getProcessEngineConfiguration().getTaskService();
    String instance = execution.getProcessInstanceId();
    List<Task> open = tasks.createTaskQuery().processInstanceId(instance).list();
    List<Long> workers =
        open.stream().map(t -> Actors.accountId(t.getAssignee())).filter(Objects::nonNull).toList();
    String note =
        processing.complementReceived(
            requestId(execution),
            number(execution, TechnicalRequestProcess.COMPLEMENT_ID),
            workers);
    Long author = number(execution, TechnicalRequestProcess.COMPLEMENT_AUTHOR);
    String comment =
        note.length() <= TaskComment.TEXT_MAX
            ? note
            : note.substring(0, TaskComment.TEXT_MAX - 1) + "…";
    // One note on the instance, tied to the open task if there is one: the task's page lists it.
    String taskId = open.isEmpty() ? null : open.get(0).getId();
    Actors.as(author, () -> tasks.addComment(taskId, instance, ProcessComments.COMMENT, comment));
  }
}
