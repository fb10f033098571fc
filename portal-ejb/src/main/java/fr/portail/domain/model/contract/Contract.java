package fr.portail.domain.model.contract;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Unit;
import fr.portail.domain.shared.InvalidValueException;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A lease binding one or more signatories to a unit. */
@Entity
@Table(name = "contract")
@NamedQuery(
    name = "Contract.findByFileNumber",
    query = "select c from Contract c where c.fileNumber.value = :fileNumber")
@NamedQuery(
    name = "Contract.findByClientReference",
    query = "select c from Contract c where c.clientReference.value = :reference")
@NamedQuery(
    name = "Contract.findBySignatory",
    query =
        "select distinct c from Contract c join c.occupants o where o.person.id = :personId"
            + " and o.signatory = true order by c.kind, c.fileNumber.value")
public class Contract {

  private static final Set<Integer> DEBIT_DAYS = Set.of(3, 5, 10, 15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private FileNumber fileNumber;

  @Embedded private ClientReference clientReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ContractKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private ContractStatus status;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "direct_debit_day")
  private Integer directDebitDay;

  @Column(name = "paperless_since")
  private java.time.Instant paperlessSince;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("signatory desc, id")
  private List<Occupant> occupants = new ArrayList<>();

  protected Contract() {}

  public Contract(
      FileNumber fileNumber,
      ClientReference clientReference,
      ContractKind kind,
      Unit unit,
      LocalDate startDate) {
    if (fileNumber == null
        || clientReference == null
        || kind == null
        || unit == null
        || startDate == null) {
      throw new InvalidValueException("contract.invalid", "champ manquant");
    }
    this.fileNumber = fileNumber;
    this.clientReference = clientReference;
    this.kind = kind;
    this.unit = unit;
    this.startDate = startDate;
    this.status = ContractStatus.ACTIVE;
  }

  public Long id() {
    return id;
  }

  public FileNumber fileNumber() {
    return fileNumber;
  }

  public ClientReference clientReference() {
    return clientReference;
  }

  public ContractKind kind() {
    return kind;
  }

  public ContractStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == ContractStatus.ACTIVE;
  }

  public Unit unit() {
    return unit;
  }

  public Agency agency() {
    return unit.residence().agency();
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Integer directDebitDay() {
    return directDebitDay;
  }

  public List<Occupant> occupants() {
    return Collections.unmodifiableList(occupants);
  }

  public List<Person> signatories() {
    return occupants.stream().filter(Occupant::signatory).map(Occupant::person).toList();
  }

  public boolean isSignedBy(Long personId) {
    return occupants.stream()
        .anyMatch(
            o -> o.signatory() && o.person().id() != null && o.person().id().equals(personId));
  }

  public void addOccupant(Person person, String relationship, boolean signatory) {
    occupants.add(new Occupant(this, person, relationship, signatory));
  }

  /** One of the household, by its id in this contract. */
  public Optional<Occupant> occupant(Long occupantId) {
    return occupants.stream().filter(o -> o.id() != null && o.id().equals(occupantId)).findFirst();
  }

  /**
   * Someone who no longer lives in the unit leaves the household; a signatory leaves only by an
   * amendment of the lease, not here.
   */
  public void removeOccupant(Long occupantId) {
    occupants.remove(changeableOccupant(occupantId));
  }

  /** Corrects an occupant's identity and family link (not a signatory's: the lease holds it). */
  public void correctOccupant(
      Long occupantId,
      Civility civility,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String relationship) {
    Occupant occupant = changeableOccupant(occupantId);
    occupant.person().correctIdentity(civility, lastName, firstName, birthDate);
    occupant.changeRelationship(relationship);
  }

  private Occupant changeableOccupant(Long occupantId) {
    Occupant occupant =
        occupant(occupantId)
            .orElseThrow(
                () -> new InvalidValueException("occupant.unknown", String.valueOf(occupantId)));
    if (occupant.signatory()) {
      throw new InvalidValueException("occupant.signatory", String.valueOf(occupantId));
    }
    return occupant;
  }

  /** Direct debit on the given day of the month (3, 5, 10 or 15), or none (null). */
  public void debitOn(Integer day) {
    if (day != null && !DEBIT_DAYS.contains(day)) {
      throw new InvalidValueException("contract.debitDay.invalid", String.valueOf(day));
    }
    this.directDebitDay = day;
  }

  /** When the tenant consented to paperless rent notices; null when he gets paper. */
  public java.time.Instant paperlessSince() {
    return paperlessSince;
  }

  public void subscribePaperless(java.time.Instant at) {
    if (paperlessSince == null) {
      paperlessSince = at;
    }
  }

  /** Paper again: notices are sent by post from the next run. */
  public void stopPaperless() {
    paperlessSince = null;
  }

  public void end() {
    this.status = ContractStatus.ENDED;
  }
}
