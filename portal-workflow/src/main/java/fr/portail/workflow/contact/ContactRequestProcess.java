package fr.portail.workflow.contact;

/** Names of the {@code contactRequest} process shared by the BPMN file, the code and the tests. */
public final class ContactRequestProcess {

  public static final String KEY = "contactRequest";
  public static final String ANSWER_TASK = "answerContactTask";
  public static final String CLOSE_TASK = "closeContactRequestTask";
  public static final String END = "contactAnsweredEnd";

  /** The officer's answer, read by the tenant. */
  public static final String ANSWER = "answer";

  private ContactRequestProcess() {}
}
