package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.application.RequestProcessing;
import fr.portail.workflow.engine.AsProcessEngine;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara: the process-facing services admit the process engine's identity only; a
 * caller who is not the engine (here anonymous) is refused, the engine's run-as identity passes.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessIdentityIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests(ProcessIdentityIT.class, TestData.class);
  }

  @Inject private RequestProcessing processing;
  @Inject private AsProcessEngine asProcessEngine;

  @Resource private UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Test
  void aCallerOtherThanTheProcessEngineIsRefused() throws Exception {
    long requestId = request();

    assertThatThrownBy(() -> processing.record(requestId, "step.note", "x", null, false))
        .isInstanceOf(EJBAccessException.class);

    assertThat(steps(requestId, "step.note")).isZero();
  }

  @Test
  void theProcessEnginesIdentityRecordsTheStep() throws Exception {
    long requestId = request();

    transaction.begin();
    RuntimeException failure =
        asProcessEngine.run(
            () -> processing.record(requestId, "step.note", "Vu avec le gardien", null, false));
    transaction.commit();

    assertThat(failure).isNull();
    assertThat(steps(requestId, "step.note")).isEqualTo(1);
  }

  /** A contact request of a new fixture, made by SQL; returns its id. */
  private long request() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      TestData.Fixture fixture = TestData.create(c);
      try (var ps =
          c.prepareStatement(
              "insert into tenant_request (number, contract_id, submitted_by, type, status,"
                  + " subject, message, submitted_at) values (?, ?, ?, 'CONTACT', 'SUBMITTED',"
                  + " 'Essai', 'Essai', now())",
              new String[] {"id"})) {
        ps.setString(1, "P" + fixture.n());
        ps.setLong(2, fixture.contractId());
        ps.setLong(3, fixture.tenantId());
        ps.executeUpdate();
        try (var keys = ps.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    }
  }

  private long steps(long requestId, String key) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return TestData.count(
          c,
          "select count(*) from request_step where request_id = ? and step_key = ?",
          requestId,
          key);
    }
  }
}
