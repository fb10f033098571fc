package fr.portail.workflow.insurance;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.domain.model.request.TenantSignal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Names of the {@code insuranceRenewal} process shared by the BPMN file, the code and the tests.
 */
public final class InsuranceRenewalProcess {

  public static final String KEY = "insuranceRenewal";

  public static final String START = "renewalOpenedStart";
  public static final String PLAN_TASK = "planDeadlinesTask";
  public static final String ATTACHED_GATEWAY = "attestationAttachedGateway";
  public static final String REQUEST_TASK = "requestAttestationTask";
  public static final String AWAIT_SUBPROCESS = "awaitAttestationSubProcess";
  public static final String AWAIT_EVENT = "attestationSentEvent";
  public static final String REMINDER_TIMER = "reminderTimer";
  public static final String REMINDER_TASK = "sendReminderTask";
  public static final String FORMAL_NOTICE_TIMER = "formalNoticeTimer";
  public static final String FORMAL_NOTICE_TASK = "serveFormalNoticeTask";
  public static final String AFTER_NOTICE_SUBPROCESS = "awaitAfterNoticeSubProcess";
  public static final String AFTER_NOTICE_EVENT = "attestationAfterNoticeEvent";
  public static final String SUBSTITUTION_TIMER = "substitutionTimer";
  public static final String SUBSTITUTE_TASK = "subscribeForTenantTask";
  public static final String ATTESTATION_DURING_SUBSTITUTION = "attestationDuringSubstitutionEvent";
  public static final String RECORD_SUBSTITUTE_TASK = "recordSubstituteInsuranceTask";
  public static final String CHECK_TASK = "checkAttestationTask";
  public static final String DECISION_GATEWAY = "attestationDecisionGateway";
  public static final String ACCEPT_TASK = "recordCoverageTask";
  public static final String REJECT_TASK = "rejectAttestationTask";
  public static final String NOTICE_SERVED_GATEWAY = "formalNoticeServedGateway";
  public static final String COVERED_END = "coverageRecordedEnd";
  public static final String SUBSTITUTED_END = "substituteInsuranceEnd";

  /** The Faces view of the officer's check. */
  public static final String CHECK_FORM = "/gestion/taches/attestation-assurance.xhtml";

  /** The Faces view of the insurance taken out on the tenant's behalf. */
  public static final String SUBSTITUTE_FORM = "/gestion/taches/assurance-pour-compte.xhtml";

  /** The message the tenant's form sends when he sends an attestation. */
  public static final String ATTESTATION_SENT = TenantSignal.ATTESTATION_SENT.name();

  /** Fact of the start: whether the tenant's attestation came with the request. */
  public static final String ATTESTATION_ATTACHED = InsuranceRenewalProcessing.ATTESTATION_ATTACHED;

  /** Fact of the start (ISO date, optional): the last day of cover on file. */
  public static final String COVERAGE_ENDS_ON = InsuranceRenewalProcessing.COVERAGE_ENDS_ON;

  /** ISO 8601 repeating interval of the reminders while an attestation is awaited. */
  public static final String REMINDER_CYCLE = "reminderCycle";

  /** ISO 8601 period between the opening and the formal notice. */
  public static final String FORMAL_NOTICE_DELAY = "formalNoticeDelay";

  /** When the formal notice is served if no attestation came (a date). */
  public static final String FORMAL_NOTICE_DUE = "formalNoticeDue";

  /** Whether the formal notice was served: a refusal then waits under its deadline. */
  public static final String FORMAL_NOTICE_SERVED = "formalNoticeServed";

  /** ISO 8601 period between the formal notice and the insurance on the tenant's behalf. */
  public static final String SUBSTITUTION_DELAY = "substitutionDelay";

  /**
   * When the landlord may insure on the tenant's behalf (a date, set once by the notice): a refused
   * attestation after the notice does not move it.
   */
  public static final String SUBSTITUTION_DUE = "substitutionDue";

  /** The officer's decision on the attestation checked. */
  public static final String ACCEPTED = "attestationAccepted";

  /** Why the officer refused it, read by the tenant. */
  public static final String REASON = "rejectionReason";

  /** The insurance taken out on the tenant's behalf, as the officer typed it. */
  public static final String SUBSTITUTE_INSURER = "substituteInsurer";

  public static final String SUBSTITUTE_POLICY = "substitutePolicyNumber";
  public static final String ANNUAL_PREMIUM = "annualPremium";
  public static final String SURCHARGE_PERCENT = "surchargePercent";

  /** A reminder every 15 days while the attestation is awaited. */
  public static final String DEFAULT_REMINDER_CYCLE = "R/P15D";

  /** The formal notice 40 days after the opening: after two reminders. */
  public static final String DEFAULT_FORMAL_NOTICE_DELAY = "P40D";

  /** Never a formal notice before this long after the attestation on file has ended. */
  public static final Period NOTICE_AFTER_EXPIRY = Period.ofDays(15);

  /** The legal month between the formal notice and the insurance on the tenant's behalf. */
  public static final String DEFAULT_SUBSTITUTION_DELAY = "P1M";

  /** The landlord's deadlines are Paris days. */
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private InsuranceRenewalProcess() {}

  /** The moment a delay after another: an ISO period ("P40D", "P1M") or duration ("PT2H"). */
  static ZonedDateTime after(ZonedDateTime from, String delay) {
    try {
      return delay.contains("T")
          ? from.plus(Duration.parse(delay))
          : from.plus(Period.parse(delay));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("délai illisible : " + delay, e);
    }
  }
}
