package fr.portail.domain.model.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person living under a contract: signatory of the lease or not, with the family link. */
@Entity
@Table(name = "occupant")
public class Occupant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @Column(name = "relationship", length = 40)
  private String relationship;

  @Column(name = "signatory", nullable = false)
  private boolean signatory;

  protected Occupant() {}

  Occupant(Contract contract, Person person, String relationship, boolean signatory) {
    this.contract = contract;
    this.person = person;
    this.relationship = relationship;
    this.signatory = signatory;
  }

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public String relationship() {
    return relationship;
  }

  public boolean signatory() {
    return signatory;
  }

  void changeRelationship(String relationship) {
    this.relationship = relationship;
  }
}
