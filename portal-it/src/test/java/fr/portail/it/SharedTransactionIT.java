package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara: a request row and its process start are one transaction on one datasource.
 * The rows are counted with SQL, in the portal's table and in Flowable's.
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
