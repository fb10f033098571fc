package fr.portail.workflow;

import fr.portail.application.CallerService;
import fr.portail.application.CallerService.Caller;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.StaffDirectory;
import fr.portail.application.StaffDirectory.Choice;
import fr.portail.application.StaffDirectory.StaffMember;
import fr.portail.domain.model.account.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;

/**
 * The staff inbox: the tasks a member of staff may work (his roles in his agencies), filtered,
 * sorted and paged on the server from the inbox's read model, and the actions on them (claim, give
 * back, hand to a colleague, comment, complete). A task outside his groups is "not found".
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

  /** The landlord works on Paris time: "today" and "this week" are Paris days. */
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private static final String COLUMNS =
      "t.task_id, t.task_name, t.task_key, t.process_key, t.process_name,"
          + " t.process_instance_id, t.request_number, t.request_id, t.agency_code,"
          + " t.residence_name, t.tenant_name, t.created_at, t.due_at, t.priority, t.assignee,"
          + " t.form_key";

  @Inject private TaskService tasks;
  @Inject private RepositoryService repository;
  @Inject private CallerService callers;
  @Inject private StaffDirectory staff;
  @Inject private Clock clock;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  public long count(InboxFilter filter) {
    Caller caller = callers.current();
    Query query = where(caller, filter);
    return queryLong("select count(*) from inbox_task t where " + query.sql, query.args);
  }

  /** One page of tasks in the given order (then by creation, then by id, for stable pages). */
  public List<InboxTask> page(InboxFilter filter, InboxSort sort, int first, int size) {
    Caller caller = callers.current();
    Query query = where(caller, filter);
    String direction = sort.ascending() ? " asc" : " desc";
    String order =
        "t." + sort.column().sql + direction + " nulls last, t.created_at asc, t.task_id asc";
    List<Object> args = new ArrayList<>(query.args);
    args.add(Math.max(1, Math.min(size, 200)));
    args.add(Math.max(0, first));
    return rows(
        caller,
        "select "
            + COLUMNS
            + " from inbox_task t where "
            + query.sql
            + " order by "
            + order
            + " limit ? offset ?",
        args);
  }

  public InboxTask task(String taskId) {
    Caller caller = callers.current();
    return visibleTask(taskId, caller);
  }

  public void claim(String taskId) {
    Caller caller = callers.current();
    lockForDecision(taskId);
    InboxTask task = visibleTask(taskId, caller);
    if (task.assignedToMe()) {
      return;
    }
    if (task.claimed()) {
      throw new TaskNoLongerAvailableException(taskId);
    }
    engine(() -> Actors.as(caller.accountId(), () -> tasks.claim(taskId, me(caller))), taskId);
  }

  public void unclaim(String taskId) {
    Caller caller = callers.current();
    lockForDecision(taskId);
    InboxTask task = visibleTask(taskId, caller);
    if (!task.assignedToMe()) {
      throw new TaskNoLongerAvailableException(taskId);
    }
    engine(() -> Actors.as(caller.accountId(), () -> tasks.unclaim(taskId)), taskId);
  }

  /** The colleagues the caller may hand this task to: same role, same agency. */
  public List<StaffMember> colleaguesFor(String taskId) {
    Caller caller = callers.current();
    visibleTask(taskId, caller);
    return staff.colleaguesFor(groupsOf(taskId));
  }

  /**
   * Hands the task to a colleague of the same role in the task's agency: he holds it from now on;
   * the hand-over is noted in the request's process history.
   */
  public void delegate(String taskId, Long colleagueId) {
    Caller caller = callers.current();
    lockForDecision(taskId);
    InboxTask task = visibleTask(taskId, caller);
    if (task.claimed() && !task.assignedToMe()) {
      throw new TaskNoLongerAvailableException(taskId);
    }
    StaffMember colleague =
        staff.colleaguesFor(groupsOf(taskId)).stream()
            .filter(m -> m.id().equals(colleagueId))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("colleague", "inbox.colleague.invalid"));
    engine(
        () ->
            Actors.as(
                caller.accountId(),
                () -> {
                  tasks.setAssignee(taskId, String.valueOf(colleague.id()));
                  tasks.addComment(
                      taskId,
                      task.processInstanceId(),
                      ProcessComments.DELEGATION,
                      String.valueOf(colleague.id()));
                }),
        taskId);
  }

  /** A note on the task for the staff (the tenant never reads it). */
  public void comment(String taskId, String text) {
    Caller caller = callers.current();
    InboxTask task = visibleTask(taskId, caller);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("comment", "inbox.comment.required");
    }
    if (text.strip().length() > TaskComment.TEXT_MAX) {
      throw new InvalidInputException("comment", "inbox.comment.tooLong");
    }
    Actors.as(
        caller.accountId(),
        () ->
            tasks.addComment(
                taskId, task.processInstanceId(), ProcessComments.COMMENT, text.strip()));
  }

  /** The staff's notes and hand-overs on the task's process, oldest first. */
  public List<TaskComment> comments(String taskId) {
    Caller caller = callers.current();
    InboxTask task = visibleTask(taskId, caller);
    return ProcessComments.of(tasks, staff, task.processInstanceId());
  }

  /**
   * Completes a task the caller holds (claiming it first if nobody does), with the decision's
   * variables; the process's next steps run in this same transaction, with the caller as the acting
   * account.
   */
  public void complete(String taskId, Map<String, Object> variables) {
    Caller caller = callers.current();
    lockForDecision(taskId);
    InboxTask task = visibleTask(taskId, caller);
    if (task.claimed() && !task.assignedToMe()) {
      throw new TaskNoLongerAvailableException(taskId);
    }
    engine(
        () ->
            Actors.as(
                caller.accountId(),
                () -> {
                  if (!task.claimed()) {
                    tasks.claim(taskId, me(caller));
                  }
                  tasks.complete(taskId, variables);
                }),
        taskId);
  }

  /**
   * What the filter lists offer: the portal's processes and their user tasks (from the deployed
   * definitions), the caller's agencies and their residences.
   */
  public InboxChoices choices() {
    Caller caller = callers.current();
    List<Choice> processes = new ArrayList<>();
    List<Choice> userTasks = new ArrayList<>();
    for (ProcessDefinition definition :
        repository
            .createProcessDefinitionQuery()
            .latestVersion()
            .orderByProcessDefinitionName()
            .asc()
            .list()) {
      processes.add(new Choice(definition.getKey(), definition.getName()));
      for (UserTask task :
          repository
              .getBpmnModel(definition.getId())
              .getMainProcess()
              .findFlowElementsOfType(UserTask.class)) {
        userTasks.add(new Choice(task.getId(), definition.getName() + " — " + task.getName()));
      }
    }
    List<Choice> agencies =
        caller.agencyCodes().stream().sorted().map(code -> new Choice(code, code)).toList();
    return new InboxChoices(processes, userTasks, agencies, staff.myResidences());
  }

  /** The caller's saved filters, by name. */
  public List<SavedFilter> savedFilters() {
    Caller caller = callers.current();
    List<SavedFilter> filters = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select id, name, criteria from inbox_saved_filter where account_id = ?"
                    + " order by lower(name)")) {
      ps.setLong(1, caller.accountId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          filters.add(
              new SavedFilter(rs.getLong(1), rs.getString(2), InboxFilter.parse(rs.getString(3))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("filtres enregistrés", e);
    }
    return filters;
  }

  /** Saves the filter under the name, replacing the caller's filter of that name if any. */
  public void saveFilter(String name, InboxFilter filter) {
    Caller caller = callers.current();
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("filterName", "inbox.filterName.required");
    }
    if (name.strip().length() > SavedFilter.NAME_MAX) {
      throw new InvalidInputException("filterName", "inbox.filterName.tooLong");
    }
    update(
        "insert into inbox_saved_filter (account_id, name, criteria) values (?, ?, ?)"
            + " on conflict (account_id, name) do update set criteria = excluded.criteria",
        caller.accountId(),
        name.strip(),
        filter.toQueryString());
  }

  /** Deletes one of the caller's saved filters (another's is left alone). */
  public void deleteFilter(Long filterId) {
    Caller caller = callers.current();
    update(
        "delete from inbox_saved_filter where id = ? and account_id = ?",
        filterId,
        caller.accountId());
  }

  /**
   * Takes the task's row lock first, in this transaction: a second decision on the same task (two
   * officers, a double click) waits here until the first commits, then finds the task gone or
   * taken, instead of the two interleaving inside the engine and deadlocking.
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

  /** Runs an engine call on a task; a task gone or taken meanwhile is "no longer available". */
  private static void engine(Runnable call, String taskId) {
    try {
      call.run();
    } catch (FlowableTaskAlreadyClaimedException
        | FlowableObjectNotFoundException
        | FlowableOptimisticLockingException e) {
      throw new TaskNoLongerAvailableException(taskId);
    }
  }

  private InboxTask visibleTask(String taskId, Caller caller) {
    if (taskId == null || taskId.length() > 64) {
      throw new NotFoundException("tâche " + taskId);
    }
    Query scope = where(caller, InboxFilter.all());
    List<Object> args = new ArrayList<>();
    args.add(taskId);
    args.addAll(scope.args);
    List<InboxTask> found =
        rows(
            caller,
            "select " + COLUMNS + " from inbox_task t where t.task_id = ? and " + scope.sql,
            args);
    if (found.isEmpty()) {
      throw new NotFoundException("tâche " + taskId);
    }
    return found.get(0);
  }

  private List<String> groupsOf(String taskId) {
    List<String> groups = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select group_id from inbox_task_group where task_id = ?")) {
      ps.setString(1, taskId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          groups.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("groupes de la tâche " + taskId, e);
    }
    return groups;
  }

  /** The filter's conditions on the read model, for this caller's groups and account. */
  private Query where(Caller caller, InboxFilter filter) {
    StringBuilder sql = new StringBuilder();
    List<Object> args = new ArrayList<>();
    switch (filter.scope()) {
      case MINE -> {
        sql.append("t.assignee = ?");
        args.add(me(caller));
      }
      case UNCLAIMED ->
          sql.append("t.assignee is null and ").append(inGroups(caller.candidateGroups(), args));
      case ALL -> {
        sql.append("(t.assignee = ? or ");
        args.add(me(caller));
        sql.append(inGroups(caller.candidateGroups(), args)).append(')');
      }
    }
    condition(sql, args, "t.process_key = ?", filter.processKey());
    condition(sql, args, "t.task_key = ?", filter.taskKey());
    condition(sql, args, "t.agency_code = ?", filter.agencyCode());
    condition(sql, args, "t.residence_id = ?", filter.residenceId());
    condition(sql, args, "t.priority >= ?", filter.minPriority());
    if (filter.tenant() != null) {
      String like = "%" + escapeLike(filter.tenant().toLowerCase(java.util.Locale.FRENCH)) + "%";
      sql.append(
          " and (lower(t.tenant_name) like ? escape '\\' or t.request_number like ? escape '\\')");
      args.add(like);
      args.add(like);
    }
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZONE);
    LocalDate today = now.toLocalDate();
    Instant endOfToday = today.plusDays(1).atStartOfDay(ZONE).toInstant();
    switch (filter.due()) {
      case LATE -> condition(sql, args, "t.due_at < ?", Timestamp.from(now.toInstant()));
      case TODAY -> {
        condition(sql, args, "t.due_at >= ?", Timestamp.from(now.toInstant()));
        condition(sql, args, "t.due_at < ?", Timestamp.from(endOfToday));
      }
      case WEEK ->
          condition(
              sql,
              args,
              "t.due_at < ?",
              Timestamp.from(
                  today
                      .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                      .atStartOfDay(ZONE)
                      .toInstant()));
      case NONE -> sql.append(" and t.due_at is null");
      case ANY -> {
        // no condition on the due date
      }
    }
    return new Query(sql.toString(), args);
  }

  /** "The task has one of these candidate groups"; false when the caller has none. */
  private static String inGroups(Set<String> groups, List<Object> args) {
    if (groups.isEmpty()) {
      return "1 = 0";
    }
    StringBuilder marks = new StringBuilder();
    for (String group : groups) {
      marks.append(marks.length() == 0 ? "?" : ", ?");
      args.add(group);
    }
    return "exists (select 1 from inbox_task_group g where g.task_id = t.task_id and g.group_id"
        + " in ("
        + marks
        + "))";
  }

  private static void condition(StringBuilder sql, List<Object> args, String test, Object value) {
    if (value != null) {
      sql.append(" and ").append(test);
      args.add(value);
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private List<InboxTask> rows(Caller caller, String sql, List<Object> args) {
    List<Object[]> raw = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[16];
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getObject(i + 1);
          }
          row[11] = rs.getTimestamp(12);
          row[12] = rs.getTimestamp(13);
          raw.add(row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("corbeille", e);
    }
    Set<Long> assignees = new HashSet<>();
    for (Object[] row : raw) {
      addId(assignees, (String) row[14]);
    }
    Map<Long, String> names =
        assignees.isEmpty() ? new java.util.HashMap<>() : staff.names(assignees);
    Instant now = clock.instant();
    Instant endOfToday = now.atZone(ZONE).toLocalDate().plusDays(1).atStartOfDay(ZONE).toInstant();
    String me = me(caller);
    return raw.stream()
        .map(
            row -> {
              Instant due = row[12] == null ? null : ((Timestamp) row[12]).toInstant();
              String assignee = (String) row[14];
              return new InboxTask(
                  (String) row[0],
                  (String) row[1],
                  (String) row[2],
                  (String) row[3],
                  (String) row[4],
                  (String) row[5],
                  (String) row[6],
                  row[7] == null ? null : ((Number) row[7]).longValue(),
                  (String) row[8],
                  (String) row[9],
                  (String) row[10],
                  ((Timestamp) row[11]).toInstant(),
                  due,
                  ((Number) row[13]).intValue(),
                  assignee,
                  assignee == null ? null : names.get(Actors.accountId(assignee)),
                  me.equals(assignee),
                  (String) row[15],
                  dueState(due, now, endOfToday));
            })
        .toList();
  }

  static InboxTask.DueState dueState(Instant due, Instant now, Instant endOfToday) {
    if (due == null) {
      return InboxTask.DueState.NONE;
    }
    if (due.isBefore(now)) {
      return InboxTask.DueState.LATE;
    }
    return due.isBefore(endOfToday) ? InboxTask.DueState.TODAY : InboxTask.DueState.LATER;
  }

  private long queryLong(String sql, List<Object> args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("corbeille", e);
    }
  }

  private void update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, List.of(args));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("corbeille", e);
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  private static void addId(Set<Long> ids, String engineUserId) {
    Long id = Actors.accountId(engineUserId);
    if (id != null) {
      ids.add(id);
    }
  }

  private static String me(Caller caller) {
    return String.valueOf(caller.accountId());
  }

  /** A WHERE clause and its parameters. */
  private record Query(String sql, List<Object> args) {}
}
