package fr.portail.domain.model.agency;

import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A contact of an agency: the customer officer, or a service (billing, litigation…). */
@Entity
@Table(name = "agency_contact")
@NamedQuery(
    name = "AgencyContact.ofAgency",
    query = "select c from AgencyContact c where c.agency.id = :agencyId order by c.service")
public class AgencyContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, length = 30)
  private AgencyService service;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Embedded private PhoneNumber phone;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "email"))
  private EmailAddress email;

  @Column(name = "hours", length = 300)
  private String hours;

  protected AgencyContact() {}

  public AgencyContact(
      Agency agency,
      AgencyService service,
      String name,
      PhoneNumber phone,
      EmailAddress email,
      String hours) {
    this.agency = agency;
    this.service = service;
    this.name = Checks.requireText(name, 120, "agencyContact.name.invalid");
    this.phone = phone;
    this.email = email;
    this.hours = hours;
  }

  public AgencyService service() {
    return service;
  }

  public String name() {
    return name;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public EmailAddress email() {
    return email;
  }

  public String hours() {
    return hours;
  }
}
