package fr.portail.workflow;

import fr.portail.application.DashboardFilter;
import fr.portail.application.DashboardScope;
import fr.portail.application.TechnicalDashboardService;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.dashboard.FinishedTask;
import fr.portail.domain.model.dashboard.StepDurations;
import fr.portail.domain.model.dashboard.StepTime;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.engine.HistoryService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;

/**
 * What the engine knows of technical requests for the managers' dashboard: how long each step takes
 * (from the history of the user tasks completed in the period) and where each open request stands
 * (its open task and due date). The scope is the one the dashboard service checks: the caller's
 * agencies, never another's.
 */
@Stateless
@RolesAllowed(Role.TECHNICAL_MANAGER_NAME)
public class ProcessStatistics {

  /** The staff steps of a technical request, in the process's order. */
  public static final List<String> TECHNICAL_STEPS =
      List.of(
          TechnicalRequestProcess.TRIAGE_TASK,
          TechnicalRequestProcess.ORDER_TASK,
          TechnicalRequestProcess.ACCEPT_TASK,
          TechnicalRequestProcess.PERFORM_TASK);

  @Inject private TechnicalDashboardService dashboards;
  @Inject private HistoryService history;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  /**
   * The mean time of each step of the technical requests of the scope, over the tasks completed in
   * the period: from the task's creation to its completion, in working and calendar hours.
   */
  public List<StepTime> technicalStepTimes(DashboardFilter filter) {
    DashboardScope scope = dashboards.scope(filter);
    List<FinishedTask> finished = new ArrayList<>();
    for (String agencyCode : scope.agencyCodes()) {
      HistoricTaskInstanceQuery query =
          history
              .createHistoricTaskInstanceQuery()
              .processDefinitionKey(TechnicalRequestProcess.KEY)
              .finished()
              .taskCompletedAfter(Date.from(scope.since()))
              .processVariableValueEquals(RequestVariables.AGENCY_CODE, agencyCode);
      if (scope.residenceId() != null) {
        query.processVariableValueEquals(RequestVariables.RESIDENCE_ID, scope.residenceId());
      }
      for (HistoricTaskInstance task : query.list()) {
        // A task ended by the deletion of its instance was not worked: it does not count.
        if (task.getEndTime() != null && task.getDeleteReason() == null) {
          finished.add(
              new FinishedTask(
                  task.getTaskDefinitionKey(),
                  task.getName(),
                  task.getCreateTime().toInstant(),
                  task.getEndTime().toInstant()));
        }
      }
    }
    return StepDurations.of(finished, TECHNICAL_STEPS);
  }

  /** The open step of each open technical request of the scope, by request number. */
  public Map<String, CurrentStep> technicalCurrentSteps(DashboardFilter filter) {
    DashboardScope scope = dashboards.scope(filter);
    Map<String, CurrentStep> steps = new LinkedHashMap<>();
    if (scope.agencyCodes().isEmpty()) {
      return steps;
    }
    List<String> codes = List.copyOf(scope.agencyCodes());
    StringBuilder sql =
        new StringBuilder(
            "select request_number, task_key, task_name, due_at from inbox_task"
                + " where process_key = ? and request_number is not null and agency_code in (");
    for (int i = 0; i < codes.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(')');
    if (scope.residenceId() != null) {
      sql.append(" and residence_id = ?");
    }
    // Newest first, each replaced by an older one: a request shows the task it has waited on
    // longest.
    sql.append(" order by created_at desc, task_id desc");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      ps.setString(i++, TechnicalRequestProcess.KEY);
      for (String code : codes) {
        ps.setString(i++, code);
      }
      if (scope.residenceId() != null) {
        ps.setLong(i, scope.residenceId());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp due = rs.getTimestamp(4);
          String number = rs.getString(1);
          steps.put(
              number,
              new CurrentStep(
                  number, rs.getString(2), rs.getString(3), due == null ? null : due.toInstant()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lecture des tâches ouvertes", e);
    }
    return steps;
  }
}
