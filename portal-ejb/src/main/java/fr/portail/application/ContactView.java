package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * "Nous contacter": the caretaker of the residence, the agency, its on-call number, its contacts.
 */
public record ContactView(
    String residenceName,
    String caretakerName,
    String caretakerHours,
    String caretakerPhone,
    String agencyName,
    String agencyStreet,
    String agencyPostalCode,
    String agencyCity,
    String agencyHours,
    String agencyPhone,
    String onCallPhone,
    String onCallHours,
    List<Contact> contacts)
    implements Serializable {

  /** The customer officer or a service of the agency. */
  public record Contact(String service, String name, String phone, String email, String hours)
      implements Serializable {}
}
