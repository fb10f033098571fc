package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara: the insurance expiry scan, started through the JobOperator as the nightly
 * schedule does, opens one renewal (request and process) for each housing contract of the agency
 * whose cover has ended or ends within the days ahead, skips and reports a contract without
 * signatory, and opens nothing more when run again.
 */
@ExtendWith(ArquillianExtension.class)
class InsuranceExpiryJobIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final EnumSet<BatchStatus> DONE =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests(InsuranceExpiryJobIT.class, TestData.class);
  }

  @Resource private UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Test
  void expiredContractsGetOneRenewalEachAndARerunOpensNone() throws Exception {
    TestData.Fixture fixture;
    Map<String, Long> contracts = new HashMap<>();
    transaction.begin();
    try (Connection c = dataSource.getConnection()) {
      // The fixture's contract has no attestation at all.
      fixture = TestData.create(c);
      contracts.put("none", fixture.contractId());
      contracts.put("expired", contract(c, fixture, 1, "LOGEMENT", "ACTIVE", true));
      insurance(c, contracts.get("expired"), TODAY.minusYears(1), TODAY.minusDays(1));
      contracts.put("endsSoon", contract(c, fixture, 2, "LOGEMENT", "ACTIVE", true));
      insurance(c, contracts.get("endsSoon"), TODAY.minusMonths(11), TODAY.plusDays(5));
      contracts.put("covered", contract(c, fixture, 3, "LOGEMENT", "ACTIVE", true));
      insurance(c, contracts.get("covered"), TODAY.minusMonths(2), TODAY.plusMonths(10));
      contracts.put("renewed", contract(c, fixture, 4, "LOGEMENT", "ACTIVE", true));
      insurance(c, contracts.get("renewed"), TODAY.minusYears(1), TODAY.minusDays(3));
      insurance(c, contracts.get("renewed"), TODAY.minusDays(2), TODAY.plusYears(1));
      contracts.put("noSignatory", contract(c, fixture, 5, "LOGEMENT", "ACTIVE", false));
      contracts.put("ended", contract(c, fixture, 6, "LOGEMENT", "ENDED", true));
      contracts.put("parking", contract(c, fixture, 7, "STATIONNEMENT", "ACTIVE", true));
    }
    transaction.commit();

    JobExecution first = run(15, fixture.agencyCode());

    assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    try (Connection c = dataSource.getConnection()) {
      for (String opened : new String[] {"none", "expired", "endsSoon"}) {
        long contractId = contracts.get(opened);
        assertThat(renewals(c, contractId)).as(opened).isEqualTo(1);
        assertThat(
                TestData.count(
                    c,
                    "select count(*) from tenant_request r join insurance_renewal i on"
                        + " i.request_id = r.id where r.contract_id = ? and r.submitted_by is null"
                        + " and r.status = 'WAITING_TENANT' and i.opened_by_landlord",
                    contractId))
            .as(opened + ": opened by the landlord, waiting for the tenant")
            .isEqualTo(1);
        assertThat(
                TestData.count(
                    c,
                    "select count(*) from request_step s join tenant_request r on r.id ="
                        + " s.request_id where r.contract_id = ? and s.step_key in"
                        + " ('step.openedByLandlord', 'step.insurance.attestationRequested')",
                    contractId))
            .isEqualTo(2);
        assertThat(
                TestData.count(
                    c,
                    "select count(*) from act_ru_event_subscr s join act_ru_execution e on e.id_ ="
                        + " s.proc_inst_id_ join tenant_request r on r.number = e.business_key_"
                        + " where r.contract_id = ? and s.event_name_ = 'ATTESTATION_SENT'",
                    contractId))
            .as(opened + ": its process waits for the attestation")
            .isEqualTo(1);
        assertThat(
                TestData.count(
                    c,
                    "select count(*) from act_ru_timer_job j join act_ru_execution e on e.id_ ="
                        + " j.process_instance_id_ join tenant_request r on r.number ="
                        + " e.business_key_ where r.contract_id = ?",
                    contractId))
            .as(opened + ": the reminder and the formal notice are set")
            .isEqualTo(2);
      }
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_renewal where contract_id = ? and"
                      + " coverage_ends_on = ?",
                  contracts.get("expired"),
                  java.sql.Date.valueOf(TODAY.minusDays(1))))
          .as("the renewal knows when the cover ended")
          .isEqualTo(1);
      for (String untouched :
          new String[] {"covered", "renewed", "noSignatory", "ended", "parking"}) {
        assertThat(renewals(c, contracts.get(untouched))).as(untouched).isZero();
      }
    }
    Map<Metric.MetricType, Long> metrics = metrics(first);
    assertThat(metrics.get(Metric.MetricType.WRITE_COUNT)).isEqualTo(3);
    assertThat(metrics.get(Metric.MetricType.PROCESS_SKIP_COUNT))
        .as("the contract without signatory is skipped and reported")
        .isEqualTo(1);
    assertThat(first.getExitStatus()).isEqualTo("lus=4 ouverts=3 écartés=0 ignorés=1");

    JobExecution rerun = run(15, fixture.agencyCode());

    assertThat(rerun.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(metrics(rerun).get(Metric.MetricType.WRITE_COUNT)).isZero();
    try (Connection c = dataSource.getConnection()) {
      for (Long contractId : contracts.values()) {
        assertThat(renewals(c, contractId)).isLessThanOrEqualTo(1);
      }
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request r join contract k on k.id = r.contract_id"
                      + " join unit u on u.id = k.unit_id join residence s on s.id ="
                      + " u.residence_id join agency a on a.id = s.agency_id where a.code = ? and"
                      + " r.type = 'INSURANCE_RENEWAL'",
                  fixture.agencyCode()))
          .as("nothing new on the rerun")
          .isEqualTo(3);
    }
  }

  @Test
  void withoutDaysAheadOnlyCoversAlreadyEndedAreRenewed() throws Exception {
    TestData.Fixture fixture;
    long endsSoon;
    transaction.begin();
    try (Connection c = dataSource.getConnection()) {
      fixture = TestData.create(c);
      insurance(c, fixture.contractId(), TODAY.minusYears(1), TODAY.minusDays(10));
      endsSoon = contract(c, fixture, 1, "LOGEMENT", "ACTIVE", true);
      insurance(c, endsSoon, TODAY.minusMonths(11), TODAY.plusDays(5));
    }
    transaction.commit();

    JobExecution execution = run(0, fixture.agencyCode());

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    try (Connection c = dataSource.getConnection()) {
      assertThat(renewals(c, fixture.contractId())).isEqualTo(1);
      assertThat(renewals(c, endsSoon)).as("still insured for five days").isZero();
    }
  }

  @Test
  void aDaysAheadOutOfRangeFailsTheJobBeforeItOpensAnything() throws Exception {
    TestData.Fixture fixture;
    transaction.begin();
    try (Connection c = dataSource.getConnection()) {
      fixture = TestData.create(c);
    }
    transaction.commit();

    JobExecution execution = run(365, fixture.agencyCode());

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    try (Connection c = dataSource.getConnection()) {
      assertThat(renewals(c, fixture.contractId())).isZero();
    }
  }

  private JobExecution run(int daysAhead, String agencyCode) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("daysAhead", String.valueOf(daysAhead));
    parameters.setProperty("agencyCode", agencyCode);
    long id = operator.start("insuranceExpiryScan", parameters);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> DONE.contains(operator.getJobExecution(id).getBatchStatus()));
    return operator.getJobExecution(id);
  }

  private static Map<Metric.MetricType, Long> metrics(JobExecution execution) {
    Map<Metric.MetricType, Long> values = new HashMap<>();
    for (StepExecution step :
        BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId())) {
      for (Metric metric : step.getMetrics()) {
        values.merge(metric.getType(), metric.getValue(), Long::sum);
      }
    }
    return values;
  }

  private static long renewals(Connection c, long contractId) throws Exception {
    return TestData.count(
        c,
        "select count(*) from tenant_request where contract_id = ? and type = 'INSURANCE_RENEWAL'",
        contractId);
  }

  /** Another contract in the fixture's residence, signed (or not) by a person of its own. */
  private static long contract(
      Connection c, TestData.Fixture fixture, int k, String kind, String status, boolean signed)
      throws Exception {
    long residenceId =
        TestData.count(
            c,
            "select r.id from residence r join agency a on a.id = r.agency_id where a.code = ?",
            fixture.agencyCode());
    long unitId =
        insert(
            c,
            "insert into unit (residence_id, reference, kind, street, postal_code, city) values"
                + " (?, ?, ?, '2 rue du Test', '78000', 'Versailles')",
            residenceId,
            "IT-" + fixture.n() + "-" + k,
            "STATIONNEMENT".equals(kind) ? "PARKING" : "LOGEMENT");
    long contractId =
        insert(
            c,
            "insert into contract (file_number, client_reference, kind, status, unit_id,"
                + " start_date) values (?, ?, ?, ?, ?, date '2020-01-01')",
            String.format("8%d%08d", k, fixture.n()),
            String.format("TG8%d%06d", k, fixture.n()),
            kind,
            status,
            unitId);
    long personId =
        insert(
            c,
            "insert into person (civility, last_name, first_name, birth_date) values ('M', ?,"
                + " 'Paul', date '1975-05-05')",
            "Scan" + fixture.n() + k);
    insert(
        c,
        "insert into occupant (contract_id, person_id, signatory) values (?, ?, ?)",
        contractId,
        personId,
        signed);
    return contractId;
  }

  private static void insurance(Connection c, long contractId, LocalDate from, LocalDate to)
      throws Exception {
    insert(
        c,
        "insert into insurance_certificate (contract_id, insurer, policy_number, valid_from,"
            + " valid_to, recorded_at) values (?, 'MAAF', 'POL-SCAN', ?, ?, now())",
        contractId,
        java.sql.Date.valueOf(from),
        java.sql.Date.valueOf(to));
  }

  private static long insert(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    }
  }
}
