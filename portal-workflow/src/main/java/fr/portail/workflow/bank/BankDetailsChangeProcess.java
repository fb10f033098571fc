package fr.portail.workflow.bank;

/**
 * Names of the {@code bankDetailsChange} process shared by the BPMN file, the code and the tests.
 */
public final class BankDetailsChangeProcess {

  public static final String KEY = "bankDetailsChange";
  public static final String VERIFY_TASK = "verifyBankDetailsTask";
  public static final String DECISION_GATEWAY = "bankDetailsDecisionGateway";
  public static final String APPROVE_TASK = "approveBankDetailsTask";
  public static final String REJECT_TASK = "rejectBankDetailsTask";
  public static final String APPROVED_END = "bankDetailsApprovedEnd";
  public static final String REJECTED_END = "bankDetailsRejectedEnd";

  /** The Faces view of the officer's task. */
  public static final String FORM = "/gestion/taches/rib.xhtml";

  /** The officer's decision: {@link #APPROVE} or {@link #REJECT}. */
  public static final String DECISION = "decision";

  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  /** The reason of a refusal, read by the tenant. */
  public static final String REASON = "reason";

  /** Set by the approval: the first day the new account is debited (ISO date). */
  public static final String EFFECTIVE_FROM = "effectiveFrom";

  private BankDetailsChangeProcess() {}
}
