package fr.portail.domain.model.profile;

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
import jakarta.persistence.Table;

/**
 * One change of the household in a proposal: a person who comes to live in the unit, one who left,
 * or a correction. What the file said before is kept, so the change stays readable once applied.
 */
@Entity
@Table(name = "profile_change_occupant")
public class OccupantChange {

  /** What happens to the household. */
  public enum Kind {
    ADD,
    REMOVE,
    CORRECT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "proposal_id", nullable = false)
  private ProfileChangeProposal proposal;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private Kind kind;

  /** The occupant's id in the contract (removed or corrected); null for a newcomer. */
  @Column(name = "occupant_id")
  private Long occupantId;

  @Embedded
  @AttributeOverride(name = "civility", column = @Column(name = "previous_civility"))
  @AttributeOverride(name = "lastName", column = @Column(name = "previous_last_name"))
  @AttributeOverride(name = "firstName", column = @Column(name = "previous_first_name"))
  @AttributeOverride(name = "birthDate", column = @Column(name = "previous_birth_date"))
  @AttributeOverride(name = "relationship", column = @Column(name = "previous_relationship"))
  private OccupantData previous;

  @Embedded
  @AttributeOverride(name = "civility", column = @Column(name = "proposed_civility"))
  @AttributeOverride(name = "lastName", column = @Column(name = "proposed_last_name"))
  @AttributeOverride(name = "firstName", column = @Column(name = "proposed_first_name"))
  @AttributeOverride(name = "birthDate", column = @Column(name = "proposed_birth_date"))
  @AttributeOverride(name = "relationship", column = @Column(name = "proposed_relationship"))
  private OccupantData proposed;

  protected OccupantChange() {}

  private OccupantChange(
      ProfileChangeProposal proposal,
      Kind kind,
      Long occupantId,
      OccupantData previous,
      OccupantData proposed) {
    this.proposal = proposal;
    this.kind = kind;
    this.occupantId = occupantId;
    this.previous = previous;
    this.proposed = proposed;
  }

  static OccupantChange addition(ProfileChangeProposal proposal, OccupantData newcomer) {
    return new OccupantChange(proposal, Kind.ADD, null, null, newcomer);
  }

  static OccupantChange removal(
      ProfileChangeProposal proposal, Long occupantId, OccupantData previous) {
    return new OccupantChange(proposal, Kind.REMOVE, occupantId, previous, null);
  }

  static OccupantChange correction(
      ProfileChangeProposal proposal, Long occupantId, OccupantData previous, OccupantData fixed) {
    return new OccupantChange(proposal, Kind.CORRECT, occupantId, previous, fixed);
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** The occupant's id in the contract (removed or corrected); null for a newcomer. */
  public Long occupantId() {
    return occupantId;
  }

  /** What the file said when the change was proposed; null for a newcomer. */
  public OccupantData previous() {
    return previous;
  }

  /** What the tenant proposes; null for a removal. */
  public OccupantData proposed() {
    return proposed;
  }
}
