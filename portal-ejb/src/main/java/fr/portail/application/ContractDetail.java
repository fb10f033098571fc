package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Mon contrat": one contract with its address and the household living under it. */
public record ContractDetail(
    Long id,
    String fileNumber,
    String kind,
    String holderName,
    String street,
    String postalCode,
    String city,
    String location,
    LocalDate startDate,
    List<Occupant> occupants)
    implements Serializable {

  /** One row of the occupants table. */
  public record Occupant(
      String civility,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String relationship,
      boolean signatory)
      implements Serializable {}
}
