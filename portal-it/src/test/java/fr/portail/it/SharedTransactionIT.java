package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flowable.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara: a request row and its process start are one transaction on one datasource.
 * The rows are counted with SQL, in the portal's table and in Flowable's. Concurrent submissions,
 * with the engine's own transactions between them, each keep their connection.
 */
@ExtendWith(ArquillianExtension.class)
class SharedTransactionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests(SharedTransactionIT.class, TestData.class);
  }

  @Inject private RequestRepository requests;
  @Inject private ContractRepository contracts;
  @Inject private UserAccountRepository accounts;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private RuntimeService runtime;

  @Resource private ManagedExecutorService executor;

  @Resource private UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Test
  void aCommittedSubmissionStoresTheRequestAndStartsItsProcess() throws Exception {
    TestData.Fixture fixture = fixture();

    transaction.begin();
    String number = submitRequest(fixture);
    transaction.commit();

    try (Connection c = dataSource.getConnection()) {
      assertThat(requestRows(c, number)).isEqualTo(1);
      assertThat(processRows(c, number)).isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from act_ru_task t join act_ru_execution e"
                      + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ?"
                      + " and t.task_def_key_ = 'answerContactTask'",
                  number))
          .as("the officer's task waits in the inbox")
          .isEqualTo(1);
    }
  }

  @Test
  void aFailureAfterTheProcessStartRollsBackTheRequestAndTheProcess() throws Exception {
    TestData.Fixture fixture = fixture();

    transaction.begin();
    String number = submitRequest(fixture);
    try (Connection c = dataSource.getConnection()) {
      assertThat(requestRows(c, number))
          .as("inside the transaction, the request is there")
          .isEqualTo(1);
      assertThat(processRows(c, number))
          .as("inside the transaction, on the same connection, so is its process")
          .isEqualTo(1);
    }
    // Whatever fails after the start (here: the caller gives up) undoes both.
    transaction.rollback();

    try (Connection c = dataSource.getConnection()) {
      assertThat(requestRows(c, number)).isZero();
      assertThat(processRows(c, number)).isZero();
      assertThat(
              TestData.count(
                  c, "select count(*) from act_hi_procinst where business_key_ = ?", number))
          .isZero();
    }
  }

  /**
   * Four callers submit at once, each submission in its transaction, and between two of them ask
   * the engine something outside any transaction (the engine then needs one of its own). Payara
   * enlists a connection in the transaction of the component invocation: when the engine began its
   * transactions on the transaction manager, behind the container's back, a connection went back to
   * the pool while a transaction still held it, and two callers shared it (a request step written
   * for a request the connection's other transaction had not stored, an aborted transaction, HTTP
   * 500 under load).
   */
  @Test
  void concurrentSubmissionsEachStoreTheirRequestAndStartTheirProcess() throws Exception {
    TestData.Fixture fixture = fixture();
    int callers = 4;
    int each = 25;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int n = 0; n < each; n++) {
                  transaction.begin();
                  try {
                    numbers.add(submitRequest(fixture));
                  } catch (RuntimeException e) {
                    transaction.rollback();
                    throw e;
                  }
                  transaction.commit();
                  assertThat(
                          runtime
                              .createProcessInstanceQuery()
                              .processInstanceBusinessKey(numbers.get(n))
                              .count())
                      .isEqualTo(1);
                }
                return numbers;
              }));
    }
    start.countDown();
    List<String> numbers = new ArrayList<>();
    for (Future<List<String>> result : results) {
      numbers.addAll(result.get(5, TimeUnit.MINUTES));
    }

    assertThat(numbers).hasSize(callers * each).doesNotHaveDuplicates();
    try (Connection c = dataSource.getConnection()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request r join request_step s on s.request_id = r.id"
                      + " where r.contract_id = ?",
                  fixture.contractId()))
          .as("every request stored, with its first step")
          .isEqualTo(callers * each);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request r join act_ru_execution e"
                      + " on e.business_key_ = r.number and e.parent_id_ is null"
                      + " join act_ru_task t on t.proc_inst_id_ = e.id_"
                      + " join inbox_task i on i.task_id = t.id_"
                      + " where r.contract_id = ?",
                  fixture.contractId()))
          .as("every process started, its task waiting in the inbox")
          .isEqualTo(callers * each);
    }
  }

  private TestData.Fixture fixture() throws Exception {
    transaction.begin();
    try (Connection c = dataSource.getConnection()) {
      TestData.Fixture fixture = TestData.create(c);
      transaction.commit();
      return fixture;
    }
  }

  /** What the request service does on submission: store the request, raise the event. */
  private String submitRequest(TestData.Fixture fixture) {
    TenantRequest request =
        TenantRequest.submit(
            requests.nextNumber(),
            contracts.find(fixture.contractId()).orElseThrow(),
            accounts.find(fixture.tenantId()).orElseThrow(),
            RequestType.CONTACT,
            "Rappel",
            "Merci de me rappeler.",
            Instant.now());
    requests.store(request);
    submitted.fire(request.submittedEvent());
    return request.number();
  }

  private static long requestRows(Connection c, String number) throws Exception {
    return TestData.count(c, "select count(*) from tenant_request where number = ?", number);
  }

  private static long processRows(Connection c, String number) throws Exception {
    return TestData.count(
        c,
        "select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null",
        number);
  }
}
