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

  /** The latest attestation of a contract; insurer is null when none is on file. */
  public record Insurance(
      String fileNumber,
      String insurer,
      String policyNumber,
      LocalDate validFrom,
      LocalDate validTo,
      boolean valid)
      implements Serializable {}
}
