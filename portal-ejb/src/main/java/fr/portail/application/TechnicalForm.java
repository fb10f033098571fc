package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the tenant's technical request form starts from: his active contracts (with the on-call
 * number of each one's agency), the phone on his file, and whether the agencies are closed now
 * (night, week-end, public holiday), when an emergency goes to the on-call number at once.
 */
public record TechnicalForm(
    List<ContractChoice> contracts, String phone, boolean outsideOfficeHours)
    implements Serializable {

  /** A contract the request may be about. */
  public record ContractChoice(
      Long id,
      String fileNumber,
      String kind,
      String address,
      String agencyName,
      String onCallPhone,
      String onCallHours)
      implements Serializable {}
}
