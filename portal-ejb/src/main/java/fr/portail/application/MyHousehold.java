package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The household of one of the caller's contracts, with the ids a change refers to, the family links
 * a form offers, and the number of the change already open on the contract, if any.
 */
public record MyHousehold(
    Long contractId,
    String fileNumber,
    String kind,
    List<Member> members,
    List<String> relationships,
    String openRequestNumber)
    implements Serializable {

  public boolean changeOpen() {
    return openRequestNumber != null;
  }

  /** One row of the occupants table; a signatory's row cannot be changed here. */
  public record Member(
      Long id,
      String civility,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String relationship,
      boolean signatory)
      implements Serializable {}
}
