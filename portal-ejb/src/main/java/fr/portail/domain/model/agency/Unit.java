package fr.portail.domain.model.agency;

import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.Checks;
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
import jakarta.persistence.Table;

/** A lettable unit of a residence (logement, parking, commerce) with its own address line. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "residence_id", nullable = false)
  private Residence residence;

  @Column(name = "reference", nullable = false, unique = true, length = 30)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private UnitKind kind;

  @Embedded private Address address;

  @Column(name = "location", length = 120)
  private String location;

  protected Unit() {}

  public Unit(
      Residence residence, String reference, UnitKind kind, Address address, String location) {
    this.residence = residence;
    this.reference = Checks.requireText(reference, 30, "unit.reference.invalid");
    this.kind = kind;
    this.address = address;
    this.location = location;
  }

  public Long id() {
    return id;
  }

  public Residence residence() {
    return residence;
  }

  public String reference() {
    return reference;
  }

  public UnitKind kind() {
    return kind;
  }

  public Address address() {
    return address;
  }

  /** Staircase, floor and door, e.g. "Bât. A, 3e étage, porte 12". */
  public String location() {
    return location;
  }
}
