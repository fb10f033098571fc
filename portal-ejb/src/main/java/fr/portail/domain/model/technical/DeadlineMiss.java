package fr.portail.domain.model.technical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A step of a technical request still open at its due date: which step (the process's task key),
 * when it was due and when the miss was escalated. The managers' dashboard counts these.
 */
@Entity
@Table(name = "technical_deadline_miss")
public class DeadlineMiss {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id", nullable = false)
  private TechnicalReport report;

  @Column(name = "step_key", nullable = false, length = 64)
  private String stepKey;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  protected DeadlineMiss() {}

  DeadlineMiss(TechnicalReport report, String stepKey, Instant dueAt, Instant detectedAt) {
    if (stepKey == null || !stepKey.matches("[A-Za-z][A-Za-z0-9]{0,63}")) {
      throw new IllegalArgumentException("not a step key: " + stepKey);
    }
    if (dueAt == null || detectedAt == null) {
      throw new IllegalArgumentException("due and detection times expected");
    }
    this.report = report;
    this.stepKey = stepKey;
    this.dueAt = dueAt;
    this.detectedAt = detectedAt;
  }

  public String stepKey() {
    return stepKey;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant detectedAt() {
    return detectedAt;
  }
}
