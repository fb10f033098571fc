package fr.portail.workflow.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.InvalidInputException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.workflow.RequestVariables;
import fr.portail.workflow.engine.BpmnDeployer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks every path of contactRequest on an in-memory engine with the real BPMN file. */
class ContactRequestProcessTest {

  private final RecordingRequests requests = new RecordingRequests();
  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:contact-" + System.nanoTime() + ";DB_CLOSE_DELAY=1000");
    configuration.setEngineName("contact-test-" + System.nanoTime());
    // Each test has its own in-memory database: create it, no need to drop it at close.
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistoryLevel(HistoryLevel.AUDIT);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    Map<Object, Object> beans = new HashMap<>();
    beans.put("contactRequestTakenInHand", new ContactRequestTakenInHand(requests));
    beans.put("closeContactRequest", new CloseContactRequest(requests));
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
    new BpmnDeployer(engine.getRepositoryService()).deployAll();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void officerOfTheAgencyClaimsAnswersAndTheRequestCloses() {
    ProcessInstance instance = start(42L, "VERSAILLES");

    Task task = singleTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ContactRequestProcess.ANSWER_TASK);
    assertThat(task.getFormKey()).isEqualTo("/gestion/taches/contact.xhtml");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("CUSTOMER_OFFICER:VERSAILLES")
                .count())
        .isEqualTo(1);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("CUSTOMER_OFFICER:SAINT-CYR")
                .count())
        .as("an officer of another agency does not see the task")
        .isZero();

    engine.getTaskService().claim(task.getId(), "7");
    assertThat(requests.calls).containsExactly("inProgress:42");

    engine
        .getTaskService()
        .complete(
            task.getId(), Map.of(ContactRequestProcess.ANSWER, "Nous vous rappelons demain."));

    assertThat(requests.calls)
        .containsExactly("inProgress:42", "close:42:Nous vous rappelons demain.");
    assertThat(ended(instance)).isTrue();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(ContactRequestProcess.END)
                .count())
        .isEqualTo(1);
  }

  @Test
  void unclaimingDoesNotMarkTheRequestAgain() {
    ProcessInstance instance = start(5L, "VERSAILLES");
    Task task = singleTask(instance);
    engine.getTaskService().claim(task.getId(), "7");
    engine.getTaskService().unclaim(task.getId());

    assertThat(requests.calls).containsExactly("inProgress:5");
    assertThat(ended(instance)).isFalse();
  }

  @Test
  void aRefusedAnswerLeavesTheTaskWhereItWas() {
    ProcessInstance instance = start(9L, "VERSAILLES");
    Task task = singleTask(instance);
    requests.refuseClose = true;

    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(task.getId(), Map.of(ContactRequestProcess.ANSWER, "")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(ended(instance)).isFalse();
    assertThat(singleTask(instance).getId()).isEqualTo(task.getId());
    assertThat(requests.calls).isEmpty();
  }

  private ProcessInstance start(Long requestId, String agency) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            ContactRequestProcess.KEY,
            "1000001",
            Map.of(
                RequestVariables.REQUEST_ID,
                requestId,
                RequestVariables.REQUEST_NUMBER,
                "1000001",
                RequestVariables.AGENCY_CODE,
                agency,
                RequestVariables.CONTRACT_ID,
                1L));
  }

  private Task singleTask(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  private boolean ended(ProcessInstance instance) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .count()
        == 0;
  }

  /** Records what the process asked of the request service. */
  private static final class RecordingRequests implements RequestService {

    final List<String> calls = new ArrayList<>();
    boolean refuseClose;

    @Override
    public void markInProgress(Long requestId) {
      calls.add("inProgress:" + requestId);
    }

    @Override
    public void close(Long requestId, String outcome) {
      if (refuseClose) {
        throw new InvalidInputException("outcome", "request.outcome.invalid");
      }
      calls.add("close:" + requestId + ":" + outcome);
    }

    @Override
    public RequestView submitContactRequest(Long contractId, String subject, String message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<RequestView> myRequests() {
      throw new UnsupportedOperationException();
    }

    @Override
    public RequestView myRequest(String number) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RequestView requestForStaff(Long requestId) {
      throw new UnsupportedOperationException();
    }
  }
}
