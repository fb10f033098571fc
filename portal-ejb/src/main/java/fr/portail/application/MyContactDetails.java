package fr.portail.application;

import java.io.Serializable;

/**
 * The caller's contact details as his file holds them, the contract a change of them is sent on
 * (his housing contract, for his agency) and the number of the change already open on it, if any.
 */
public record MyContactDetails(
    Long contractId,
    String fileNumber,
    String homePhone,
    String mobilePhone,
    String workPhone,
    String contactEmail,
    String cafNumber,
    String openRequestNumber)
    implements Serializable {

  /** Whether a change of the file is being checked already: no other may be sent meanwhile. */
  public boolean changeOpen() {
    return openRequestNumber != null;
  }
}
