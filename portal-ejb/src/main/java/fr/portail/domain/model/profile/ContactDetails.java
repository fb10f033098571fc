package fr.portail.domain.model.profile;

import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to reach a signatory and his CAF allocataire number, as a whole: each part may be absent
 * ("non renseigné"); the CAF number is seven digits.
 */
public final class ContactDetails {

  /** The parts of the contact details, in the order the screens show them. */
  public enum Field {
    HOME_PHONE,
    MOBILE_PHONE,
    WORK_PHONE,
    CONTACT_EMAIL,
    CAF_NUMBER
  }

  private final PhoneNumber homePhone;
  private final PhoneNumber mobilePhone;
  private final PhoneNumber workPhone;
  private final EmailAddress contactEmail;
  private final String cafNumber;

  public ContactDetails(
      PhoneNumber homePhone,
      PhoneNumber mobilePhone,
      PhoneNumber workPhone,
      EmailAddress contactEmail,
      String cafNumber) {
    this.homePhone = homePhone;
    this.mobilePhone = mobilePhone;
    this.workPhone = workPhone;
    this.contactEmail = contactEmail;
    this.cafNumber = Person.checkCafNumber(cafNumber);
  }

  /** The person's details as his file holds them now. */
  public static ContactDetails of(Person person) {
    return new ContactDetails(
        person.homePhone(),
        person.mobilePhone(),
        person.workPhone(),
        person.contactEmail(),
        person.cafNumber());
  }

  public PhoneNumber homePhone() {
    return homePhone;
  }

  public PhoneNumber mobilePhone() {
    return mobilePhone;
  }

  public PhoneNumber workPhone() {
    return workPhone;
  }

  public EmailAddress contactEmail() {
    return contactEmail;
  }

  public String cafNumber() {
    return cafNumber;
  }

  /** The value of one part as the screens print it, or null when absent. */
  public String display(Field field) {
    Object value = value(field);
    return value == null ? null : value.toString();
  }

  /** The parts whose value differs in the other details. */
  public List<Field> changesTo(ContactDetails other) {
    List<Field> changed = new ArrayList<>();
    for (Field field : Field.values()) {
      if (!Objects.equals(value(field), other.value(field))) {
        changed.add(field);
      }
    }
    return changed;
  }

  /** These details, with the given parts taken from the other details. */
  public ContactDetails with(List<Field> fields, ContactDetails other) {
    return new ContactDetails(
        fields.contains(Field.HOME_PHONE) ? other.homePhone : homePhone,
        fields.contains(Field.MOBILE_PHONE) ? other.mobilePhone : mobilePhone,
        fields.contains(Field.WORK_PHONE) ? other.workPhone : workPhone,
        fields.contains(Field.CONTACT_EMAIL) ? other.contactEmail : contactEmail,
        fields.contains(Field.CAF_NUMBER) ? other.cafNumber : cafNumber);
  }

  /** Writes these details into the person's file. */
  void applyTo(Person person) {
    person.changeContact(contactEmail, homePhone, mobilePhone, workPhone);
    person.changeCafNumber(cafNumber);
  }

  private Object value(Field field) {
    return switch (field) {
      case HOME_PHONE -> homePhone;
      case MOBILE_PHONE -> mobilePhone;
      case WORK_PHONE -> workPhone;
      case CONTACT_EMAIL -> contactEmail;
      case CAF_NUMBER -> cafNumber;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactDetails d && changesTo(d).isEmpty();
  }

  @Override
  public int hashCode() {
    return Objects.hash(homePhone, mobilePhone, workPhone, contactEmail, cafNumber);
  }
}
