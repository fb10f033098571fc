package fr.portail.workflow;

import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.application.StaffDirectory;
import fr.portail.domain.model.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;

/**
 * The process side of a request's history for the staff who may see the request: its diagram, where
 * it stands and went, its tasks and notes. A request outside the caller's scope is "not found", as
 * in the request service that checks it.
 */
@Stateless
@RolesAllowed({
  Role.CUSTOMER_OFFICER_NAME,
  Role.CARETAKER_NAME,
  Role.TECHNICAL_MANAGER_NAME,
  Role.CONTRACTOR_NAME,
  Role.SOCIAL_ADVISOR_NAME
})
public class ProcessHistory {

  @Inject private RequestService requests;
  @Inject private HistoryService history;
  @Inject private RuntimeService runtime;
  @Inject private RepositoryService repository;
  @Inject private TaskService tasks;
  @Inject private StaffDirectory staff;

  public RequestTrace traceOf(Long requestId) {
    HistoricProcessInstance instance = instanceOf(requests.requestForStaff(requestId));
    String id = instance.getId();
    List<String> active =
        instance.getEndTime() == null ? runtime.getActiveActivityIds(id) : List.of();
    Set<String> completed = new LinkedHashSet<>();
    for (HistoricActivityInstance a :
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(id)
            .finished()
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()) {
      completed.add(a.getActivityId());
    }
    List<HistoricTaskInstance> userTasks =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(id)
            .orderByHistoricTaskInstanceStartTime()
            .asc()
            .list();
    Set<Long> people = new HashSet<>();
    for (HistoricTaskInstance t : userTasks) {
      Long assignee = Actors.accountId(t.getAssignee());
      if (assignee != null) {
        people.add(assignee);
      }
    }
    Map<Long, String> names = people.isEmpty() ? new java.util.HashMap<>() : staff.names(people);
    return new RequestTrace(
        instance.getProcessDefinitionId(),
        instance.getProcessDefinitionName(),
        List.copyOf(active),
        List.copyOf(completed),
        userTasks.stream()
            .map(
                t ->
                    new RequestTrace.TraceTask(
                        t.getName(),
                        t.getCreateTime().toInstant(),
                        t.getEndTime() == null ? null : t.getEndTime().toInstant(),
                        names.get(Actors.accountId(t.getAssignee()))))
            .toList(),
        ProcessComments.of(tasks, staff, id));
  }

  /** The BPMN 2.0 XML of the request's process definition, to draw it in the page. */
  public String diagramOf(Long requestId) {
    HistoricProcessInstance instance = instanceOf(requests.requestForStaff(requestId));
    try (InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HistoricProcessInstance instanceOf(RequestView request) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(request.number())
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("processus de la demande " + request.number()));
  }
}
