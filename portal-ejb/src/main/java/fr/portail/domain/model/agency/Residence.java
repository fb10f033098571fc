package fr.portail.domain.model.agency;

import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A residence of an agency, with its caretaker (gardien): name, hours and phone. */
@Entity
@Table(name = "residence")
public class Residence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Embedded private Address address;

  @Column(name = "caretaker_name", length = 120)
  private String caretakerName;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "caretaker_phone"))
  private PhoneNumber caretakerPhone;

  @Column(name = "caretaker_hours", length = 300)
  private String caretakerHours;

  protected Residence() {}

  public Residence(
      Agency agency,
      String name,
      Address address,
      String caretakerName,
      PhoneNumber caretakerPhone,
      String caretakerHours) {
    this.agency = agency;
    this.name = Checks.requireText(name, 120, "residence.name.invalid");
    this.address = address;
    this.caretakerName = Checks.requireText(caretakerName, 120, "residence.caretaker.invalid");
    this.caretakerPhone = caretakerPhone;
    this.caretakerHours = Checks.requireText(caretakerHours, 300, "residence.hours.invalid");
  }

  public Long id() {
    return id;
  }

  public Agency agency() {
    return agency;
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }

  public String caretakerName() {
    return caretakerName;
  }

  public PhoneNumber caretakerPhone() {
    return caretakerPhone;
  }

  public String caretakerHours() {
    return caretakerHours;
  }
}
