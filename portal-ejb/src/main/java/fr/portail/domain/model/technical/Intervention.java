package fr.portail.domain.model.technical;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One intervention cycle of a technical request: ordered from a contractor by the technical
 * manager, accepted with an appointment (or declined), reported done with a report, the time spent
 * and photos (or unable, with the reason), then confirmed, refused or presumed done by the tenant.
 */
@Entity
@Table(name = "technical_intervention")
public class Intervention {

  public static final int INSTRUCTIONS_MAX = 2000;
  public static final int REASON_MAX = 2000;
  public static final int REPORT_MAX = 4000;
  public static final int VERDICT_MAX = 4000;

  /** Longest time spent that a report may state: one day. */
  public static final int MINUTES_MAX = 24 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id", nullable = false)
  private TechnicalReport report;

  @Column(name = "cycle", nullable = false)
  private int cycle;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contractor_id", nullable = false)
  private Contractor contractor;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ordered_by")
  private UserAccount orderedBy;

  @Column(name = "ordered_at", nullable = false)
  private Instant orderedAt;

  @Column(name = "instructions", length = INSTRUCTIONS_MAX)
  private String instructions;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  /** Whether the appointment falls in the tenant's slots; false: only proposed to him. */
  @Column(name = "appointment_within_slots")
  private Boolean appointmentWithinSlots;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private InterventionStatus status;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  /** Why the contractor declined the order or could not do the repair. */
  @Column(name = "answered_reason", length = REASON_MAX)
  private String answeredReason;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "report", length = REPORT_MAX)
  private String reportText;

  @Column(name = "minutes_spent")
  private Integer minutesSpent;

  @Column(name = "done_at")
  private Instant doneAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", length = 12)
  private TenantVerdict verdict;

  /** What the tenant says is still wrong, when not fixed. */
  @Column(name = "verdict_text", length = VERDICT_MAX)
  private String verdictText;

  @Column(name = "verdict_at")
  private Instant verdictAt;

  @ManyToMany
  @JoinTable(
      name = "technical_intervention_photo",
      joinColumns = @JoinColumn(name = "intervention_id"),
      inverseJoinColumns = @JoinColumn(name = "document_id"))
  @OrderBy("uploadedAt, id")
  private List<RequestDocument> photos = new ArrayList<>();

  protected Intervention() {}

  Intervention(
      TechnicalReport report,
      int cycle,
      Contractor contractor,
      UserAccount orderedBy,
      Instant orderedAt,
      String instructions) {
    this.report = report;
    this.cycle = cycle;
    this.contractor = contractor;
    this.orderedBy = orderedBy;
    this.orderedAt = orderedAt;
    this.instructions = optional(instructions, INSTRUCTIONS_MAX, "technical.instructions.invalid");
    this.status = InterventionStatus.ORDERED;
  }

  void propose(Instant appointment, boolean withinSlots) {
    this.appointmentAt = appointment;
    this.appointmentWithinSlots = withinSlots;
  }

  void accept(Instant appointment, boolean withinSlots, Instant at) {
    require(InterventionStatus.ORDERED);
    this.appointmentAt = appointment;
    this.appointmentWithinSlots = withinSlots;
    this.status = InterventionStatus.ACCEPTED;
    this.acceptedAt = at;
  }

  void decline(String reason, Instant at) {
    require(InterventionStatus.ORDERED);
    this.answeredReason = Checks.requireText(reason, REASON_MAX, "technical.reason.invalid");
    this.answeredAt = at;
    this.status = InterventionStatus.DECLINED;
  }

  void done(String text, Integer minutes, Instant at) {
    require(InterventionStatus.ACCEPTED);
    String checked = Checks.requireText(text, REPORT_MAX, "technical.report.invalid");
    if (minutes == null || minutes < 1 || minutes > MINUTES_MAX) {
      throw new InvalidValueException("technical.minutes.invalid", String.valueOf(minutes));
    }
    this.reportText = checked;
    this.minutesSpent = minutes;
    this.doneAt = at;
    this.status = InterventionStatus.DONE;
  }

  void unable(String reason, Instant at) {
    require(InterventionStatus.ACCEPTED);
    this.answeredReason = Checks.requireText(reason, REASON_MAX, "technical.reason.invalid");
    this.answeredAt = at;
    this.status = InterventionStatus.UNABLE;
  }

  void judged(TenantVerdict judgement, String text, Instant at) {
    require(InterventionStatus.DONE);
    if (verdict != null) {
      throw new IllegalStateException("intervention " + id + " already judged: " + verdict);
    }
    this.verdict = judgement;
    this.verdictText = text;
    this.verdictAt = at;
  }

  void attach(RequestDocument photo) {
    photos.add(photo);
  }

  private void require(InterventionStatus expected) {
    if (status != expected) {
      throw new InvalidValueException("technical.intervention.state", status.name());
    }
  }

  private static String optional(String text, int max, String key) {
    return text == null || text.isBlank() ? null : Checks.requireText(text, max, key);
  }

  public Long id() {
    return id;
  }

  public TechnicalReport report() {
    return report;
  }

  /** 1 for the first intervention, 2 after a decline, a failure or a repair not fixed… */
  public int cycle() {
    return cycle;
  }

  public Contractor contractor() {
    return contractor;
  }

  public UserAccount orderedBy() {
    return orderedBy;
  }

  public Instant orderedAt() {
    return orderedAt;
  }

  public String instructions() {
    return instructions;
  }

  /** The appointment, proposed at the order or set at the acceptance; null if none yet. */
  public Instant appointmentAt() {
    return appointmentAt;
  }

  /** Whether the appointment falls in the tenant's slots; null without an appointment. */
  public Boolean appointmentWithinSlots() {
    return appointmentWithinSlots;
  }

  public InterventionStatus status() {
    return status;
  }

  public boolean open() {
    return status.open();
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String answeredReason() {
    return answeredReason;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  /** The contractor's report of the work done. */
  public String reportText() {
    return reportText;
  }

  public Integer minutesSpent() {
    return minutesSpent;
  }

  public Instant doneAt() {
    return doneAt;
  }

  public TenantVerdict verdict() {
    return verdict;
  }

  public String verdictText() {
    return verdictText;
  }

  public Instant verdictAt() {
    return verdictAt;
  }

  public List<RequestDocument> photos() {
    return Collections.unmodifiableList(photos);
  }
}
