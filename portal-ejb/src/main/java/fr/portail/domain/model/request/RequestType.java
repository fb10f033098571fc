package fr.portail.domain.model.request;

/** The kinds of request, each run by the BPMN process of the same key. */
public enum RequestType {
  CONTACT("contactRequest"),
  PROFILE_CHANGE("profileChange"),
  INSURANCE_RENEWAL("insuranceRenewal"),
  BANK_DETAILS_CHANGE("bankDetailsChange"),
  TECHNICAL("technicalRequest");

  private final String processKey;

  RequestType(String processKey) {
    this.processKey = processKey;
  }

  /** The key of the process definition in bpmn/, the name used everywhere for this process. */
  public String processKey() {
    return processKey;
  }
}
