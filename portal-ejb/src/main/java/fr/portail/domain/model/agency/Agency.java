package fr.portail.domain.model.agency;

import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An agence de proximité: address, opening hours, phone and the on-call (astreinte) number. */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.findByCode", query = "select a from Agency a where a.code = :code")
@NamedQuery(name = "Agency.findAll", query = "select a from Agency a order by a.name")
public class Agency {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 20)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Embedded private Address address;

  @Embedded private PhoneNumber phone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "on_call_phone"))
  private PhoneNumber onCallPhone;

  @Column(name = "opening_hours", nullable = false, length = 300)
  private String openingHours;

  @Column(name = "on_call_hours", length = 300)
  private String onCallHours;

  protected Agency() {}

  public Agency(
      String code,
      String name,
      Address address,
      PhoneNumber phone,
      PhoneNumber onCallPhone,
      String openingHours) {
    this.code = Checks.requireText(code, 20, "agency.code.invalid");
    this.name = Checks.requireText(name, 120, "agency.name.invalid");
    this.address = address;
    this.phone = phone;
    this.onCallPhone = onCallPhone;
    this.openingHours = Checks.requireText(openingHours, 300, "agency.hours.invalid");
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public PhoneNumber onCallPhone() {
    return onCallPhone;
  }

  public String openingHours() {
    return openingHours;
  }

  /** When the on-call number answers: nights, week-ends, public holidays. */
  public String onCallHours() {
    return onCallHours;
  }

  public void onCallDuring(String hours) {
    this.onCallHours = Checks.requireText(hours, 300, "agency.onCallHours.invalid");
  }
}
