package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Mon dossier": the tenant's personal details and the insurance of each housing contract. */
public record TenantFileView(
    String civility,
    String name,
    String loginEmail,
    String contactEmail,
    String homePhone,
    String mobilePhone,
    String workPhone,
    String cafNumber,
    List<Insurance> insurances)
    implements Serializable {

  /**
   * The attestation of a contract that covers today, else its latest one; insurer is null when none
   * is on file.
   */
  public record Insurance(
      Long contractId,
      String fileNumber,
      String insurer,
      String policyNumber,
      LocalDate validFrom,
      LocalDate validTo,
      boolean valid)
      implements Serializable {}
}
