package fr.portail.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/** Makes the engine and its services injectable (the part of flowable-cdi the portal needs). */
@ApplicationScoped
public class ProcessEngineServices {

  @Inject private ProcessEngineLifecycle lifecycle;

  @Produces
  ProcessEngine processEngine() {
    return lifecycle.engine();
  }

  @Produces
  RuntimeService runtimeService() {
    return lifecycle.engine().getRuntimeService();
  }

  @Produces
  TaskService taskService() {
    return lifecycle.engine().getTaskService();
  }

  @Produces
  HistoryService historyService() {
    return lifecycle.engine().getHistoryService();
  }

  @Produces
  RepositoryService repositoryService() {
    return lifecycle.engine().getRepositoryService();
  }

  @Produces
  ManagementService managementService() {
    return lifecycle.engine().getManagementService();
  }
}
