package fr.portail.workflow;

import fr.portail.application.CallerService;
import fr.portail.application.CallerService.Caller;
import fr.portail.application.NotFoundException;
import fr.portail.domain.model.account.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;

/**
 * The staff inbox: the tasks a member of staff may work (his roles in his agencies), paged on the
 * server, and the actions on them. A task outside his groups is "not found".
 */
@Stateless
@RolesAllowed({
  Role.CUSTOMER_OFFICER_NAME,
  Role.CARETAKER_NAME,
  Role.TECHNICAL_MANAGER_NAME,
  Role.CONTRACTOR_NAME,
  Role.SOCIAL_ADVISOR_NAME
})
public class TaskInbox {

  @Inject private TaskService tasks;
  @Inject private RepositoryService repository;
  @Inject private CallerService callers;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  public long count(InboxFilter filter) {
    Caller caller = callers.current();
    if (caller.candidateGroups().isEmpty()) {
      return 0;
    }
    return query(caller, filter).count();
  }

  /** One page of tasks, oldest due first, then oldest created. */
  public List<InboxTask> page(InboxFilter filter, int first, int size) {
    Caller caller = callers.current();
    if (caller.candidateGroups().isEmpty()) {
      return List.of();
    }
    return query(caller, filter)
        .includeProcessVariables()
        .orderByTaskDueDate()
        .asc()
        .orderByTaskCreateTime()
        .asc()
        .listPage(first, size)
        .stream()
        .map(t -> view(t, caller))
        .toList();
  }

  public InboxTask task(String taskId) {
    Caller caller = callers.current();
    return view(visibleTask(taskId, caller), caller);
  }

  public void claim(String taskId) {
    Caller caller = callers.current();
    lockForDecision(taskId);
    Task task = visibleTask(taskId, caller);
    if (me(caller).equals(task.getAssignee())) {
      return;
    }
    try {
      tasks.claim(task.getId(), me(caller));
    } catch (FlowableTaskAlreadyClaimedException
        | FlowableObjectNotFoundException
        | FlowableOptimisticLockingException e) {
      throw new TaskNoLongerAvailableException(taskId);
    }
  }

  public void unclaim(String taskId) {
    Caller caller = callers.current();
    Task task = visibleTask(taskId, caller);
    if (!me(caller).equals(task.getAssignee())) {
      throw new TaskNoLongerAvailableException(taskId);
    }
    tasks.unclaim(task.getId());
  }

  /**
   * Completes a task the caller holds (claiming it first if nobody does), with the decision's
   * variables; the process's next steps run in this same transaction.
   */
  public void complete(String taskId, Map<String, Object> variables) {
    Caller caller = callers.current();
    lockForDecision(taskId);
    Task task = visibleTask(taskId, caller);
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), me(caller));
      } else if (!task.getAssignee().equals(me(caller))) {
        throw new TaskNoLongerAvailableException(taskId);
      }
      tasks.complete(task.getId(), variables);
    } catch (FlowableTaskAlreadyClaimedException
        | FlowableObjectNotFoundException
        | FlowableOptimisticLockingException e) {
      throw new TaskNoLongerAvailableException(taskId);
    }
  }

  /**
   * Takes the task's row lock first, in this transaction: a second decision on the same task (two
   * officers, a double click) waits here until the first commits, then finds the task gone, instead
   * of the two interleaving inside the engine and deadlocking.
   */
  private void lockForDecision(String taskId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select id_ from act_ru_task where id_ = ? for update")) {
      ps.setString(1, taskId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new TaskNoLongerAvailableException(taskId);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("verrou de la tâche " + taskId, e);
    }
  }

  private Task visibleTask(String taskId, Caller caller) {
    if (taskId == null || caller.candidateGroups().isEmpty()) {
      throw new NotFoundException("tâche " + taskId);
    }
    Task task =
        tasks
            .createTaskQuery()
            .taskId(taskId)
            .or()
            .taskCandidateGroupIn(caller.candidateGroups())
            .taskAssignee(me(caller))
            .endOr()
            .includeProcessVariables()
            .singleResult();
    if (task == null) {
      throw new NotFoundException("tâche " + taskId);
    }
    return task;
  }

  private TaskQuery query(Caller caller, InboxFilter filter) {
    TaskQuery query = tasks.createTaskQuery().active();
    switch (filter.scope()) {
      case MINE -> query.taskAssignee(me(caller));
      case UNCLAIMED -> query.taskCandidateGroupIn(caller.candidateGroups()).taskUnassigned();
      case ALL ->
          query
              .or()
              .taskCandidateGroupIn(caller.candidateGroups())
              .taskAssignee(me(caller))
              .endOr();
    }
    if (filter.processKey() != null) {
      query.processDefinitionKey(filter.processKey());
    }
    return query;
  }

  private InboxTask view(Task t, Caller caller) {
    Map<String, Object> vars = t.getProcessVariables();
    String processKey =
        t.getProcessDefinitionId() == null ? null : t.getProcessDefinitionId().split(":")[0];
    String processName =
        processKey == null
            ? null
            : repository.getProcessDefinition(t.getProcessDefinitionId()).getName();
    return new InboxTask(
        t.getId(),
        t.getName(),
        processKey,
        processName,
        (String) vars.get(RequestVariables.REQUEST_NUMBER),
        (Long) vars.get(RequestVariables.REQUEST_ID),
        (String) vars.get(RequestVariables.AGENCY_CODE),
        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        t.getPriority(),
        t.getAssignee(),
        me(caller).equals(t.getAssignee()),
        t.getFormKey());
  }

  private static String me(Caller caller) {
    return String.valueOf(caller.accountId());
  }
}
