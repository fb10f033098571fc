package fr.portail.domain.model.technical;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
import fr.portail.domain.shared.WorkingDays;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a tenant reports in a technical request, and what becomes of it: the category, where, the
 * description, the urgency, when he can be reached and on which phone; the caretaker's diagnosis;
 * the interventions ordered from contractors; his complements and his rating. It refers to the
 * {@link TenantRequest} the tenant follows.
 *
 * <p>A report about a common-area fault may be merged into an open one of the same residence and
 * category, which then carries the repair for every tenant who reported it.
 */
@Entity
@Table(name = "technical_report")
@NamedQuery(
    name = "TechnicalReport.findByRequest",
    query = "select t from TechnicalReport t where t.request.id = :requestId")
@NamedQuery(
    name = "TechnicalReport.findOpenCarriers",
    query =
        "select t from TechnicalReport t where t.residence.id = :residenceId"
            + " and t.category = :category and t.mergedInto is null and t.id <> :reportId"
            + " and t.request.status <> fr.portail.domain.model.request.RequestStatus.CLOSED"
            + " order by t.request.submittedAt")
@NamedQuery(
    name = "TechnicalReport.findFollowers",
    query =
        "select t from TechnicalReport t where t.mergedInto.id = :reportId"
            + " order by t.request.submittedAt")
@NamedQuery(
    name = "TechnicalReport.countOrderedFrom",
    query =
        "select count(i) from Intervention i where i.report.request.id = :requestId"
            + " and i.contractor.id = :contractorId")
public class TechnicalReport {

  public static final int DESCRIPTION_MAX = 4000;
  public static final int DIAGNOSIS_MAX = 4000;

  /** Photos at most in one sending: the report itself, a complement or an intervention report. */
  public static final int MAX_PHOTOS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false, unique = true)
  private TenantRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "residence_id", nullable = false)
  private Residence residence;

  @Enumerated(EnumType.STRING)
  @Column(name = "area", nullable = false, length = 20)
  private TechnicalArea area;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 40)
  private TechnicalCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "trade", nullable = false, length = 30)
  private Trade trade;

  @Embedded private RepairLocation location;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 10)
  private Urgency urgency;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "technical_contact_slot", joinColumns = @JoinColumn(name = "report_id"))
  private Set<ContactSlot> slots = new HashSet<>();

  @Embedded
  @AttributeOverride(
      name = "digits",
      column = @Column(name = "contact_phone", nullable = false, length = 10))
  private PhoneNumber phone;

  @Column(name = "diagnosis", length = DIAGNOSIS_MAX)
  private String diagnosis;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private TechnicalReport mergedInto;

  @OneToMany(mappedBy = "mergedInto")
  private List<TechnicalReport> followers = new ArrayList<>();

  @Column(name = "deadline_missed", nullable = false)
  private boolean deadlineMissed;

  @Embedded private Rating rating;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("addedAt, id")
  private List<Complement> complements = new ArrayList<>();

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("cycle")
  private List<Intervention> interventions = new ArrayList<>();

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("detectedAt, id")
  private List<DeadlineMiss> deadlineMisses = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TechnicalReport() {}

  private TechnicalReport(
      TenantRequest request,
      TechnicalCategory category,
      RepairLocation location,
      String description,
      Urgency urgency,
      Collection<ContactSlot> slots,
      PhoneNumber phone) {
    if (request == null || request.type() != RequestType.TECHNICAL) {
      throw new IllegalArgumentException("a technical request expected");
    }
    if (category == null) {
      throw new InvalidValueException("technical.category.required", "null");
    }
    if (location == null) {
      throw new InvalidValueException("technical.place.invalid", "null");
    }
    if (urgency == null) {
      throw new InvalidValueException("technical.urgency.required", "null");
    }
    if (phone == null) {
      throw new InvalidValueException("phone.invalid", "null");
    }
    this.request = request;
    this.residence = request.contract().unit().residence();
    this.category = category;
    this.area = category.area();
    this.trade = category.trade();
    this.location = location;
    this.description =
        Checks.requireText(description, DESCRIPTION_MAX, "technical.description.invalid");
    this.urgency = urgency;
    this.slots.addAll(ContactSlot.requireSome(slots));
    this.phone = phone;
  }

  /** The report of a technical request just opened by the tenant. */
  public static TechnicalReport of(
      TenantRequest request,
      TechnicalCategory category,
      RepairLocation location,
      String description,
      Urgency urgency,
      Collection<ContactSlot> slots,
      PhoneNumber phone) {
    return new TechnicalReport(request, category, location, description, urgency, slots, phone);
  }

  /** Refuses a sixth photo: a report, a complement or an intervention report has five at most. */
  public static void requirePhotoCount(int photos) {
    if (photos > MAX_PHOTOS) {
      throw new InvalidValueException("technical.photos.tooMany", String.valueOf(photos));
    }
  }

  // The tenant's complements.

  /**
   * A complement of information (text, photos or both) while the request is open; the photos are
   * those the tenant joined to the request with it.
   */
  public Complement addComplement(
      String text, List<RequestDocument> photos, UserAccount author, Instant at) {
    requireOpen();
    requirePhotoCount(photos.size());
    if ((text == null || text.isBlank()) && photos.isEmpty()) {
      throw new InvalidValueException("technical.complement.empty", "vide");
    }
    Complement complement = new Complement(this, text, author, at);
    photos.forEach(p -> complement.attach(requirePhoto(p, AttachmentKind.PHOTO)));
    complements.add(complement);
    return complement;
  }

  // The caretaker's triage.

  /** The caretaker asks for an intervention of a trade, with his diagnosis for the manager. */
  public void askIntervention(String caretakerDiagnosis, Trade neededTrade) {
    requireOpen();
    requireNoOpenIntervention();
    this.diagnosis =
        Checks.requireText(caretakerDiagnosis, DIAGNOSIS_MAX, "technical.diagnosis.invalid");
    if (neededTrade != null) {
      this.trade = neededTrade;
    }
  }

  /**
   * Whether this report may be merged into the other: both about the common parts of the same
   * residence and of the same category, both open, the other carrying the repair (not merged
   * itself) and this one carrying nobody else.
   */
  public boolean canMergeInto(TechnicalReport carrier) {
    return carrier != null
        && carrier != this
        && !(id != null && id.equals(carrier.id))
        && area == TechnicalArea.PARTIES_COMMUNES
        && carrier.category == category
        && sameResidence(carrier.residence)
        && request.isOpen()
        && carrier.request.isOpen()
        && mergedInto == null
        && carrier.mergedInto == null
        && followers.isEmpty();
  }

  /** This report's fault is the one the carrier's request already follows. */
  public void mergeInto(TechnicalReport carrier) {
    if (!canMergeInto(carrier)) {
      throw new InvalidValueException("technical.merge.invalid", String.valueOf(carrier));
    }
    this.mergedInto = carrier;
    carrier.followers.add(this);
  }

  // The interventions.

  /**
   * The technical manager orders an intervention from a contractor of the needed trade serving the
   * agency, optionally proposing an appointment (Paris time) after {@code at}.
   */
  public Intervention order(
      Contractor contractor,
      LocalDateTime appointment,
      String instructions,
      UserAccount by,
      Instant at) {
    requireOpen();
    requireNoOpenIntervention();
    if (contractor == null
        || !contractor.active()
        || !contractor.practises(trade)
        || !contractor.serves(request.contract().agency())) {
      throw new InvalidValueException("technical.contractor.invalid", String.valueOf(contractor));
    }
    Intervention intervention =
        new Intervention(this, interventions.size() + 1, contractor, by, at, instructions);
    if (appointment != null) {
      intervention.propose(requireFuture(appointment, at), withinSlots(appointment));
    }
    interventions.add(intervention);
    return intervention;
  }

  /** The contractor accepts the order with an appointment (Paris time) after {@code at}. */
  public Intervention accept(LocalDateTime appointment, Instant at) {
    if (appointment == null) {
      throw new InvalidValueException("technical.appointment.required", "null");
    }
    Intervention current = current();
    current.accept(requireFuture(appointment, at), withinSlots(appointment), at);
    return current;
  }

  public Intervention decline(String reason, Instant at) {
    Intervention current = current();
    current.decline(reason, at);
    return current;
  }

  /** Photos the contractor joins to his report, before he reports the repair done. */
  public void attachReportPhotos(List<RequestDocument> photos) {
    requirePhotoCount(photos.size());
    Intervention current = current();
    if (current.status() != InterventionStatus.ACCEPTED) {
      throw new InvalidValueException("technical.intervention.state", current.status().name());
    }
    requirePhotoCount(current.photos().size() + photos.size());
    photos.forEach(p -> current.attach(requirePhoto(p, AttachmentKind.INTERVENTION_REPORT)));
  }

  public Intervention reportDone(String report, Integer minutes, Instant at) {
    Intervention current = current();
    current.done(report, minutes, at);
    return current;
  }

  public Intervention reportUnable(String reason, Instant at) {
    Intervention current = current();
    current.unable(reason, at);
    return current;
  }

  /** Whether the tenant is asked to confirm a repair reported done. */
  public boolean awaitingVerdict() {
    return currentIntervention()
        .filter(i -> i.status() == InterventionStatus.DONE && i.verdict() == null)
        .isPresent();
  }

  /** The tenant confirms the repair and rates it (1 to 5, optional comment). */
  public void confirmRepair(Integer score, String comment, Instant at) {
    requireAwaitingVerdict();
    Rating given = new Rating(score, comment, at);
    current().judged(TenantVerdict.CONFIRMED, null, at);
    this.rating = given;
  }

  /** The tenant says the fault is still there, and what is wrong: a new cycle starts. */
  public void reportNotFixed(String whatIsWrong, Instant at) {
    requireAwaitingVerdict();
    String text =
        Checks.requireText(whatIsWrong, Intervention.VERDICT_MAX, "technical.notFixed.invalid");
    current().judged(TenantVerdict.NOT_FIXED, text, at);
  }

  /** The tenant did not answer in time: the repair is presumed done. */
  public void presumeDone(Instant at) {
    requireAwaitingVerdict();
    current().judged(TenantVerdict.PRESUMED, null, at);
  }

  // Deadlines.

  /** A step was still open at its due date; the report is flagged for the managers. */
  public void deadlineMissed(String stepKey, Instant dueAt, Instant at) {
    deadlineMisses.add(new DeadlineMiss(this, stepKey, dueAt, at));
    this.deadlineMissed = true;
  }

  /**
   * Whether the moment (Paris time) falls in one of the tenant's slots on a working day or a
   * Saturday that is not a public holiday.
   */
  public boolean withinSlots(LocalDateTime moment) {
    return WorkingDays.holidayOn(moment.toLocalDate()).isEmpty()
        && slots.stream().anyMatch(s -> s.covers(moment));
  }

  private Instant requireFuture(LocalDateTime appointment, Instant now) {
    if (DayPart.of(appointment.toLocalTime()).isEmpty()) {
      throw new InvalidValueException("technical.appointment.hours", appointment.toString());
    }
    Instant instant = appointment.atZone(WorkingDays.PARIS).toInstant();
    if (!instant.isAfter(now)) {
      throw new InvalidValueException("technical.appointment.past", appointment.toString());
    }
    return instant;
  }

  private Intervention current() {
    return currentIntervention()
        .orElseThrow(() -> new InvalidValueException("technical.intervention.state", "aucune"));
  }

  private void requireAwaitingVerdict() {
    requireOpen();
    if (!awaitingVerdict()) {
      throw new InvalidValueException("technical.verdict.notAwaited", request.number());
    }
  }

  private void requireNoOpenIntervention() {
    if (currentIntervention().filter(Intervention::open).isPresent()) {
      throw new InvalidValueException("technical.intervention.state", "en cours");
    }
  }

  private void requireOpen() {
    if (!request.isOpen()) {
      throw new InvalidValueException("technical.request.closed", request.number());
    }
  }

  private RequestDocument requirePhoto(RequestDocument photo, AttachmentKind kind) {
    if (photo.kind() != kind || photo.request() != request) {
      throw new IllegalArgumentException("a " + kind + " of request " + request.number());
    }
    return photo;
  }

  private boolean sameResidence(Residence other) {
    return residence == other || (residence.id() != null && residence.id().equals(other.id()));
  }

  public Long id() {
    return id;
  }

  public TenantRequest request() {
    return request;
  }

  public Residence residence() {
    return residence;
  }

  public TechnicalArea area() {
    return area;
  }

  public TechnicalCategory category() {
    return category;
  }

  /** The trade needed: the category's, or the one the caretaker's diagnosis named. */
  public Trade trade() {
    return trade;
  }

  public RepairLocation location() {
    return location;
  }

  public String description() {
    return description;
  }

  public Urgency urgency() {
    return urgency;
  }

  /** The tenant's slots, in week order. */
  public List<ContactSlot> slots() {
    return slots.stream().sorted().toList();
  }

  public PhoneNumber phone() {
    return phone;
  }

  public String diagnosis() {
    return diagnosis;
  }

  /** The report whose request carries the repair of this one's fault; null if none. */
  public TechnicalReport mergedInto() {
    return mergedInto;
  }

  public boolean deadlineMissed() {
    return deadlineMissed;
  }

  public List<DeadlineMiss> deadlineMisses() {
    return Collections.unmodifiableList(deadlineMisses);
  }

  /** The tenant's rating of the repair; null until he confirms it. */
  public Rating rating() {
    return rating;
  }

  public List<Complement> complements() {
    return Collections.unmodifiableList(complements);
  }

  public List<Intervention> interventions() {
    return Collections.unmodifiableList(interventions);
  }

  /** The latest intervention, if one was ordered. */
  public Optional<Intervention> currentIntervention() {
    return interventions.isEmpty()
        ? Optional.empty()
        : Optional.of(interventions.get(interventions.size() - 1));
  }
}
