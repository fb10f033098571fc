package fr.portail.domain.model.request;

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

/** One step of a request's history: when, what (a message key of the web bundle) and who. */
@Entity
@Table(name = "request_step")
public class RequestStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false)
  private TenantRequest request;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "step_key", nullable = false, length = 80)
  private String stepKey;

  @Column(name = "actor", length = 200)
  private String actor;

  protected RequestStep() {}

  RequestStep(TenantRequest request, Instant occurredAt, String stepKey, String actor) {
    this.request = request;
    this.occurredAt = occurredAt;
    this.stepKey = stepKey;
    this.actor = actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String stepKey() {
    return stepKey;
  }

  public String actor() {
    return actor;
  }
}
