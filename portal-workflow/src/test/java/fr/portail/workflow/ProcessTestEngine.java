package fr.portail.workflow;

import fr.portail.workflow.engine.BpmnDeployer;
import fr.portail.workflow.engine.InboxIndexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;

/**
 * An in-memory engine (H2) with the real BPMN files, the given beans as delegates, the inbox's read
 * model kept by the real listener, and a clock the test moves: timers fire when the test says, not
 * by sleeping.
 */
public final class ProcessTestEngine implements AutoCloseable {

  /** The clock's start: a Wednesday morning in Paris, not a public holiday. */
  public static final Instant START = Instant.parse("2026-03-04T08:00:00Z");

  private final ProcessEngine engine;
  private final String jdbcUrl;

  private ProcessTestEngine(Map<Object, Object> beans) {
    String name = "process-test-" + System.nanoTime();
    jdbcUrl = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000";
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setEngineName(name);
    // Each test has its own in-memory database: create it, no need to drop it at close.
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistoryLevel(HistoryLevel.AUDIT);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    configuration.setAsyncExecutorActivate(false);
    configuration.setBeans(beans);
    configuration.setTypedEventListeners(InboxIndexer.registration());
    createInboxTables();
    engine = configuration.buildProcessEngine();
    engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(START));
    new BpmnDeployer(engine.getRepositoryService()).deployAll();
  }

  public static ProcessTestEngine start(Map<Object, Object> beans) {
    return new ProcessTestEngine(beans);
  }

  public ProcessEngine engine() {
    return engine;
  }

  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> vars) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, vars);
  }

  public Instant now() {
    return engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
  }

  /** Moves the engine's clock on, then runs every timer due by then, oldest first. */
  public void advance(Duration duration) {
    engine
        .getProcessEngineConfiguration()
        .getClock()
        .setCurrentTime(Date.from(now().plus(duration)));
    fireDueTimers();
  }

  /** Runs the timers due at the engine's current time (and those they create that are due). */
  public void fireDueTimers() {
    for (int round = 0; round < 50; round++) {
      List<Job> due =
          engine
              .getManagementService()
              .createTimerJobQuery()
              .timers()
              .executable()
              .orderByJobDuedate()
              .asc()
              .list();
      if (due.isEmpty()) {
        return;
      }
      for (Job timer : due) {
        Job job = engine.getManagementService().moveTimerToExecutableJob(timer.getId());
        engine.getManagementService().executeJob(job.getId());
      }
    }
    throw new IllegalStateException("timers keep firing");
  }

  /** The timers waiting in the instance, by the id of the boundary or catch event. */
  public List<String> pendingTimers(ProcessInstance instance) {
    List<String> ids = new ArrayList<>();
    for (Job job :
        engine
            .getManagementService()
            .createTimerJobQuery()
            .processInstanceId(instance.getId())
            .list()) {
      ids.add(job.getElementId());
    }
    return ids;
  }

  public List<Task> tasks(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  public Task singleTask(ProcessInstance instance) {
    List<Task> tasks = tasks(instance);
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task, found " + tasks);
    }
    return tasks.get(0);
  }

  public void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  public boolean ended(ProcessInstance instance) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .count()
        == 0;
  }

  /** Whether the instance went through the activity (a task, an event, a gateway). */
  public boolean passed(ProcessInstance instance, String activityId) {
    return engine
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .count()
        > 0;
  }

  /** The activities the instance waits in now. */
  public List<String> activeActivities(ProcessInstance instance) {
    return engine.getRuntimeService().getActiveActivityIds(instance.getId());
  }

  /** Delivers a BPMN message (what a tenant does) to where the instance waits for it. */
  public void message(ProcessInstance instance, String message, Map<String, Object> vars) {
    String execution =
        engine
            .getRuntimeService()
            .createExecutionQuery()
            .processInstanceId(instance.getId())
            .messageEventSubscriptionName(message)
            .singleResult()
            .getId();
    engine.getRuntimeService().messageEventReceived(message, execution, vars);
  }

  /** A count read in the inbox's read model of this engine's database. */
  public long countInInbox(String sql, Object... args) {
    try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "sa", "");
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The inbox's tables as the portal's migration creates them (the columns the listener uses). */
  private void createInboxTables() {
    try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "create table inbox_task (task_id varchar(64) primary key, process_instance_id"
              + " varchar(64) not null, process_key varchar(64) not null, process_name"
              + " varchar(255), task_key varchar(255) not null, task_name varchar(255) not null,"
              + " form_key varchar(255), request_id bigint, request_number varchar(12),"
              + " agency_code varchar(20), residence_id bigint, residence_name varchar(120),"
              + " tenant_name varchar(210), assignee varchar(64), created_at timestamp with time"
              + " zone not null, due_at timestamp with time zone, priority integer not null)");
      s.execute(
          "create table inbox_task_group (task_id varchar(64) not null references inbox_task"
              + " (task_id) on delete cascade, group_id varchar(255) not null, primary key"
              + " (task_id, group_id))");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
