package fr.portail.domain.model.profile;

import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.Occupant;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.profile.ContactDetails.Field;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change of the tenant's file proposed from the portal, kept beside its request and applied only
 * when a customer officer approves it: either the contact details of the signatory who asked (his
 * phones, contact e-mail and CAF number) or the household of the contract (people who come, leave,
 * or whose details are corrected). A proposal that changes nothing is refused.
 */
@Entity
@Table(name = "profile_change_proposal")
@NamedQuery(
    name = "ProfileChangeProposal.findByRequest",
    query = "select p from ProfileChangeProposal p where p.request.id = :requestId")
public class ProfileChangeProposal {

  /** What the proposal changes. */
  public enum Kind {
    /** The signatory's phones, contact e-mail and CAF number. */
    CONTACT,
    /** The occupants of the contract. */
    OCCUPANTS
  }

  /** Where the proposal stands; only a pending one may be decided. */
  public enum Status {
    PENDING,
    APPLIED,
    REJECTED,
    EXPIRED
  }

  /** At most this many changes of the household in one proposal. */
  public static final int MAX_OCCUPANT_CHANGES = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false, unique = true)
  private TenantRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  /** The signatory whose contact details change (the tenant who asked). */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private Status status;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "previous_home_phone"))
  private PhoneNumber previousHomePhone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "previous_mobile_phone"))
  private PhoneNumber previousMobilePhone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "previous_work_phone"))
  private PhoneNumber previousWorkPhone;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "previous_contact_email"))
  private EmailAddress previousContactEmail;

  @Column(name = "previous_caf_number", length = 7)
  private String previousCafNumber;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "proposed_home_phone"))
  private PhoneNumber proposedHomePhone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "proposed_mobile_phone"))
  private PhoneNumber proposedMobilePhone;

  @Embedded
  @AttributeOverride(name = "digits", column = @Column(name = "proposed_work_phone"))
  private PhoneNumber proposedWorkPhone;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "proposed_contact_email"))
  private EmailAddress proposedContactEmail;

  @Column(name = "proposed_caf_number", length = 7)
  private String proposedCafNumber;

  @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<OccupantChange> occupantChanges = new ArrayList<>();

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ProfileChangeProposal() {}

  private ProfileChangeProposal(TenantRequest request, Person person, Kind kind, Instant at) {
    if (request == null || request.type() != RequestType.PROFILE_CHANGE) {
      throw new IllegalArgumentException("a profile change request is expected");
    }
    if (person == null || person.id() == null || !request.contract().isSignedBy(person.id())) {
      throw new IllegalArgumentException("the person must sign the request's contract");
    }
    this.request = request;
    this.contract = request.contract();
    this.person = person;
    this.kind = kind;
    this.status = Status.PENDING;
    this.proposedAt = at;
  }

  /**
   * New contact details for the signatory, on the request's contract; refused with {@code
   * profile.noChange} when they are his details already.
   */
  public static ProfileChangeProposal contactChange(
      TenantRequest request, Person signatory, ContactDetails proposed, Instant at) {
    ProfileChangeProposal proposal =
        new ProfileChangeProposal(request, signatory, Kind.CONTACT, at);
    ContactDetails current = ContactDetails.of(signatory);
    if (current.changesTo(proposed).isEmpty()) {
      throw new InvalidValueException("profile.noChange", "mêmes coordonnées");
    }
    proposal.previous(current);
    proposal.proposed(proposed);
    return proposal;
  }

  /**
   * Changes of the household of the request's contract, proposed by one of its signatories:
   * newcomers, occupants who left (by id) and corrections (by id). Only occupants of this contract
   * who are not signatories may leave or be corrected ({@code occupant.unknown}, {@code
   * occupant.signatory}); a newcomer already in the household is refused ({@code
   * occupant.duplicate}); a correction identical to the file, or of someone who leaves, changes
   * nothing; a proposal without any change is refused ({@code profile.noChange}).
   */
  public static ProfileChangeProposal occupantChanges(
      TenantRequest request,
      Person signatory,
      List<OccupantData> newcomers,
      Set<Long> leaving,
      Map<Long, OccupantData> corrections,
      Instant at) {
    ProfileChangeProposal proposal =
        new ProfileChangeProposal(request, signatory, Kind.OCCUPANTS, at);
    Contract contract = request.contract();
    for (Long id : leaving) {
      Occupant occupant = changeable(contract, id);
      proposal.occupantChanges.add(OccupantChange.removal(proposal, id, OccupantData.of(occupant)));
    }
    for (Map.Entry<Long, OccupantData> correction : corrections.entrySet()) {
      Occupant occupant = changeable(contract, correction.getKey());
      OccupantData now = OccupantData.of(occupant);
      if (!leaving.contains(correction.getKey()) && !now.equals(correction.getValue())) {
        proposal.occupantChanges.add(
            OccupantChange.correction(proposal, occupant.id(), now, correction.getValue()));
      }
    }
    List<OccupantData> household = contract.occupants().stream().map(OccupantData::of).toList();
    List<OccupantData> added = new ArrayList<>();
    for (OccupantData newcomer : newcomers) {
      if (household.stream().anyMatch(newcomer::samePersonAs)
          || added.stream().anyMatch(newcomer::samePersonAs)) {
        throw new InvalidValueException("occupant.duplicate", newcomer.displayName());
      }
      added.add(newcomer);
      proposal.occupantChanges.add(OccupantChange.addition(proposal, newcomer));
    }
    if (proposal.occupantChanges.isEmpty()) {
      throw new InvalidValueException("profile.noChange", "aucun changement du foyer");
    }
    if (proposal.occupantChanges.size() > MAX_OCCUPANT_CHANGES) {
      throw new InvalidValueException("profile.tooManyChanges", "plus de " + MAX_OCCUPANT_CHANGES);
    }
    return proposal;
  }

  private static Occupant changeable(Contract contract, Long occupantId) {
    Occupant occupant =
        contract
            .occupant(occupantId)
            .orElseThrow(
                () -> new InvalidValueException("occupant.unknown", String.valueOf(occupantId)));
    if (occupant.signatory()) {
      throw new InvalidValueException("occupant.signatory", String.valueOf(occupantId));
    }
    return occupant;
  }

  /**
   * Applies the approved change to the file: the contact details that change (those the tenant left
   * as they were keep what the file says now), or the household's changes. Returns the new
   * occupants' persons, to be stored.
   */
  public List<Person> approve(Instant at) {
    requirePending();
    List<Person> newcomers = new ArrayList<>();
    if (kind == Kind.CONTACT) {
      List<Field> changed = previous().changesTo(proposed());
      ContactDetails.of(person).with(changed, proposed()).applyTo(person);
    } else {
      // Every occupant concerned must still be there before anything changes.
      for (OccupantChange change : occupantChanges) {
        if (change.kind() != OccupantChange.Kind.ADD) {
          changeable(contract, change.occupantId());
        }
      }
      for (OccupantChange change : occupantChanges) {
        switch (change.kind()) {
          case REMOVE -> contract.removeOccupant(change.occupantId());
          case CORRECT -> {
            OccupantData d = change.proposed();
            contract.correctOccupant(
                change.occupantId(),
                d.civility(),
                d.lastName(),
                d.firstName(),
                d.birthDate(),
                d.relationship());
          }
          case ADD -> {
            OccupantData d = change.proposed();
            Person newcomer = new Person(d.civility(), d.lastName(), d.firstName(), d.birthDate());
            newcomers.add(newcomer);
            contract.addOccupant(newcomer, d.relationship(), false);
          }
        }
      }
    }
    decide(Status.APPLIED, at);
    return newcomers;
  }

  /** The officer refused the change: the file stays as it is. */
  public void reject(Instant at) {
    requirePending();
    decide(Status.REJECTED, at);
  }

  /** The supporting document asked for never came: the file stays as it is. */
  public void expire(Instant at) {
    requirePending();
    decide(Status.EXPIRED, at);
  }

  private void decide(Status outcome, Instant at) {
    this.status = outcome;
    this.decidedAt = at;
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw new IllegalStateException("proposal " + id + " is " + status);
    }
  }

  private void previous(ContactDetails d) {
    previousHomePhone = d.homePhone();
    previousMobilePhone = d.mobilePhone();
    previousWorkPhone = d.workPhone();
    previousContactEmail = d.contactEmail();
    previousCafNumber = d.cafNumber();
  }

  private void proposed(ContactDetails d) {
    proposedHomePhone = d.homePhone();
    proposedMobilePhone = d.mobilePhone();
    proposedWorkPhone = d.workPhone();
    proposedContactEmail = d.contactEmail();
    proposedCafNumber = d.cafNumber();
  }

  public Long id() {
    return id;
  }

  public TenantRequest request() {
    return request;
  }

  public Contract contract() {
    return contract;
  }

  public Person person() {
    return person;
  }

  public Kind kind() {
    return kind;
  }

  public Status status() {
    return status;
  }

  public boolean isPending() {
    return status == Status.PENDING;
  }

  /** The contact details when the change was proposed (a contact change only). */
  public ContactDetails previous() {
    return kind == Kind.CONTACT
        ? new ContactDetails(
            previousHomePhone,
            previousMobilePhone,
            previousWorkPhone,
            previousContactEmail,
            previousCafNumber)
        : null;
  }

  /** The contact details the tenant proposes (a contact change only). */
  public ContactDetails proposed() {
    return kind == Kind.CONTACT
        ? new ContactDetails(
            proposedHomePhone,
            proposedMobilePhone,
            proposedWorkPhone,
            proposedContactEmail,
            proposedCafNumber)
        : null;
  }

  /** The parts of the contact details the proposal changes (none for a household change). */
  public List<Field> changedFields() {
    return kind == Kind.CONTACT ? previous().changesTo(proposed()) : List.of();
  }

  public List<OccupantChange> occupantChanges() {
    return Collections.unmodifiableList(occupantChanges);
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
