package fr.portail.workflow.profile;

/** Names of the {@code profileChange} process shared by the BPMN file, the code and the tests. */
public final class ProfileChangeProcess {

  public static final String KEY = "profileChange";
  public static final String FORM = "/gestion/taches/mise-a-jour-dossier.xhtml";

  public static final String REVIEW_TASK = "reviewProfileChangeTask";
  public static final String DECISION_GATEWAY = "reviewDecisionGateway";
  public static final String APPLY_TASK = "applyProfileChangeTask";
  public static final String APPLIED_END = "profileChangeAppliedEnd";
  public static final String REJECT_TASK = "rejectProfileChangeTask";
  public static final String REJECTED_END = "profileChangeRejectedEnd";
  public static final String REQUEST_DOCUMENT_TASK = "requestSupportingDocumentTask";
  public static final String AWAIT_DOCUMENT = "awaitDocumentSubProcess";
  public static final String DOCUMENT_SENT_EVENT = "documentSentEvent";
  public static final String DOCUMENT_RECEIVED_END = "documentReceivedEnd";
  public static final String REMINDER_TIMER = "documentReminderTimer";
  public static final String REMIND_TASK = "remindTenantTask";
  public static final String REMINDED_END = "tenantRemindedEnd";
  public static final String EXPIRY_TIMER = "documentExpiryTimer";
  public static final String EXPIRE_TASK = "expireProfileChangeTask";
  public static final String EXPIRED_END = "profileChangeExpiredEnd";

  /** The officer's decision: one of {@link Decision}'s names. */
  public static final String DECISION = "decision";

  /** Why the officer refuses, read by the tenant. */
  public static final String REASON = "reason";

  /** What supporting document the officer asks for, read by the tenant. */
  public static final String DOCUMENT_ASKED = "documentAsked";

  /** After how long (ISO 8601) the tenant is reminded of the document asked for. */
  public static final String REMINDER_AFTER = "documentReminderAfter";

  /** After how long (ISO 8601) without the document the request closes. */
  public static final String EXPIRES_AFTER = "documentExpiresAfter";

  public static final String DEFAULT_REMINDER_AFTER = "P7D";
  public static final String DEFAULT_EXPIRES_AFTER = "P30D";

  /** What the officer decides on the review task. */
  public enum Decision {
    APPROVE,
    REJECT,
    ASK_DOCUMENT
  }

  private ProfileChangeProcess() {}
}
