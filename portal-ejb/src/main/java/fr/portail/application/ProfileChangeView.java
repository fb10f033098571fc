package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A proposed change of a tenant's file beside what the file holds: for a contact change, each
 * field's current and proposed value; for a household change, each occupant concerned.
 *
 * @param kind CONTACT or OCCUPANTS
 * @param status PENDING, APPLIED, REJECTED or EXPIRED
 */
public record ProfileChangeView(
    Long requestId,
    String number,
    String kind,
    String status,
    List<ContactRow> contact,
    List<OccupantRow> occupants)
    implements Serializable {

  public boolean contactChange() {
    return "CONTACT".equals(kind);
  }

  /**
   * One field of the contact details: HOME_PHONE, MOBILE_PHONE, WORK_PHONE, CONTACT_EMAIL or
   * CAF_NUMBER; values as printed, null when nothing is on file.
   */
  public record ContactRow(String field, String current, String proposed, boolean changed)
      implements Serializable {}

  /**
   * One occupant concerned: a newcomer (ADD, no current values), one who left (REMOVE, no proposed
   * values) or a correction (CORRECT).
   */
  public record OccupantRow(String change, Values current, Values proposed)
      implements Serializable {

    /** Whether the field (civility, lastName, firstName, birthDate, relationship) changes. */
    public boolean changed(String field) {
      if (current == null || proposed == null) {
        return true;
      }
      return !Objects.equals(current.get(field), proposed.get(field));
    }
  }

  /** What the occupants table says of a person. */
  public record Values(
      String civility, String lastName, String firstName, LocalDate birthDate, String relationship)
      implements Serializable {

    Object get(String field) {
      return switch (field) {
        case "civility" -> civility;
        case "lastName" -> lastName;
        case "firstName" -> firstName;
        case "birthDate" -> birthDate;
        case "relationship" -> relationship;
        default -> throw new IllegalArgumentException(field);
      };
    }
  }
}
