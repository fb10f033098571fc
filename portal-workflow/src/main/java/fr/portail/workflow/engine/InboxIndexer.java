package fr.portail.workflow.engine;

import fr.portail.workflow.RequestVariables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Keeps the inbox's read model ({@code inbox_task}, {@code inbox_task_group}) in step with the
 * engine's user tasks, on the engine's own connection: a task change and its row change commit or
 * roll back together.
 */
public class InboxIndexer implements FlowableEventListener {

  /** The events this listener needs, to register it for those only. */
  public static final List<FlowableEngineEventType> EVENTS =
      List.of(
          FlowableEngineEventType.TASK_CREATED,
          FlowableEngineEventType.TASK_ASSIGNED,
          FlowableEngineEventType.ENTITY_UPDATED,
          FlowableEngineEventType.ENTITY_CREATED,
          FlowableEngineEventType.ENTITY_DELETED);

  /** The listener registered for its events, as the engine configuration takes it. */
  public static Map<String, List<FlowableEventListener>> registration() {
    InboxIndexer indexer = new InboxIndexer();
    Map<String, List<FlowableEventListener>> listeners = new HashMap<>();
    for (FlowableEngineEventType type : EVENTS) {
      listeners.put(type.name(), List.of(indexer));
    }
    return listeners;
  }

  @Override
  public void onEvent(FlowableEvent event) {
    if (!(event instanceof FlowableEngineEntityEvent entityEvent)) {
      return;
    }
    Object entity = entityEvent.getEntity();
    FlowableEngineEventType type = (FlowableEngineEventType) event.getType();
    try {
      if (entity instanceof TaskEntity task) {
        onTask(type, task);
      } else if (entity instanceof IdentityLinkEntity link
          && link.getTaskId() != null
          && link.getGroupId() != null
          && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        onCandidateGroup(type, link);
      }
    } catch (SQLException e) {
      throw new FlowableException("corbeille : tâche non indexée", e);
    }
  }

  private void onTask(FlowableEngineEventType type, TaskEntity task) throws SQLException {
    switch (type) {
      case TASK_CREATED -> insert(task);
      case TASK_ASSIGNED, ENTITY_UPDATED -> update(task);
      case ENTITY_DELETED -> execute("delete from inbox_task where task_id = ?", task.getId());
      default -> {
        // ENTITY_CREATED of a task comes before its candidates: TASK_CREATED indexes it.
      }
    }
  }

  private void onCandidateGroup(FlowableEngineEventType type, IdentityLinkEntity link)
      throws SQLException {
    if (type == FlowableEngineEventType.ENTITY_CREATED) {
      // Only for a task already indexed (a group added later); a new task's groups come with it.
      execute(
          "insert into inbox_task_group (task_id, group_id) select ?, ? where exists (select 1"
              + " from inbox_task where task_id = ?) and not exists (select 1 from"
              + " inbox_task_group where task_id = ? and group_id = ?)",
          link.getTaskId(),
          link.getGroupId(),
          link.getTaskId(),
          link.getTaskId(),
          link.getGroupId());
    } else if (type == FlowableEngineEventType.ENTITY_DELETED) {
      execute(
          "delete from inbox_task_group where task_id = ? and group_id = ?",
          link.getTaskId(),
          link.getGroupId());
    }
  }

  private void insert(TaskEntity task) throws SQLException {
    if (task.getProcessDefinitionId() == null) {
      return;
    }
    Map<String, Object> vars = task.getVariables();
    String processKey = task.getProcessDefinitionId().split(":")[0];
    String processName =
        ProcessDefinitionUtil.getProcessDefinition(task.getProcessDefinitionId()).getName();
    execute(
        "insert into inbox_task (task_id, process_instance_id, process_key, process_name,"
            + " task_key, task_name, form_key, request_id, request_number, agency_code,"
            + " residence_id, residence_name, tenant_name, assignee, created_at, due_at,"
            + " priority) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        task.getId(),
        task.getProcessInstanceId(),
        processKey,
        processName,
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getFormKey(),
        number(vars.get(RequestVariables.REQUEST_ID)),
        vars.get(RequestVariables.REQUEST_NUMBER),
        vars.get(RequestVariables.AGENCY_CODE),
        number(vars.get(RequestVariables.RESIDENCE_ID)),
        vars.get(RequestVariables.RESIDENCE_NAME),
        vars.get(RequestVariables.TENANT_NAME),
        task.getAssignee(),
        timestamp(task.getCreateTime()),
        timestamp(task.getDueDate()),
        task.getPriority());
    Set<String> groups = new TreeSet<>();
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        groups.add(link.getGroupId());
      }
    }
    for (String group : groups) {
      execute(
          "insert into inbox_task_group (task_id, group_id) values (?, ?)", task.getId(), group);
    }
  }

  private void update(TaskEntity task) throws SQLException {
    execute(
        "update inbox_task set task_name = ?, assignee = ?, due_at = ?, priority = ? where"
            + " task_id = ?",
        task.getName(),
        task.getAssignee(),
        timestamp(task.getDueDate()),
        task.getPriority(),
        task.getId());
  }

  private static Long number(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static Timestamp timestamp(java.util.Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }

  private static void execute(String sql, Object... args) throws SQLException {
    Connection connection = CommandContextUtil.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          ps.setNull(i + 1, Types.NULL);
        } else {
          ps.setObject(i + 1, args[i]);
        }
      }
      ps.executeUpdate();
    }
  }

  @Override
  public boolean isFailOnException() {
    return true;
  }

  @Override
  public boolean isFireOnTransactionLifecycleEvent() {
    return false;
  }

  @Override
  public String getOnTransaction() {
    return null;
  }
}
