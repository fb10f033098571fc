package fr.portail.domain.model.account;

/** The roles of DOMAIN.md; the names are the group names used by Jakarta Security. */
public enum Role {
  TENANT,
  CUSTOMER_OFFICER,
  CARETAKER,
  TECHNICAL_MANAGER,
  CONTRACTOR,
  SOCIAL_ADVISOR,
  ANALYST,
  ADMIN;

  public static final String TENANT_NAME = "TENANT";
  public static final String CUSTOMER_OFFICER_NAME = "CUSTOMER_OFFICER";
  public static final String CARETAKER_NAME = "CARETAKER";
  public static final String TECHNICAL_MANAGER_NAME = "TECHNICAL_MANAGER";
  public static final String CONTRACTOR_NAME = "CONTRACTOR";
  public static final String SOCIAL_ADVISOR_NAME = "SOCIAL_ADVISOR";
  public static final String ANALYST_NAME = "ANALYST";
  public static final String ADMIN_NAME = "ADMIN";

  /**
   * Not an account's role: the identity the process engine runs its steps under (delegates,
   * timers), the only caller allowed to apply a process's decisions to the domain.
   */
  public static final String SYSTEM_NAME = "SYSTEM";

  public boolean isStaff() {
    return this != TENANT;
  }
}
