package fr.portail.workflow;

/** Variables every request process carries from its start; shared with the tests. */
public final class RequestVariables {

  public static final String REQUEST_ID = "requestId";
  public static final String REQUEST_NUMBER = "requestNumber";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String CONTRACT_ID = "contractId";
  public static final String RESIDENCE_ID = "residenceId";
  public static final String RESIDENCE_NAME = "residenceName";
  public static final String TENANT_NAME = "tenantName";

  private RequestVariables() {}
}
