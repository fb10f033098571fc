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

/**
 * One step of a request's history: when, what (a key of the request texts bundle), who, an optional
 * detail in words (a reason, an explanation) and whether the tenant sees it.
 */
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

  @Column(name = "detail", length = TenantRequest.OUTCOME_MAX)
  private String detail;

  @Column(name = "tenant_visible", nullable = false)
  private boolean tenantVisible;

  protected RequestStep() {}

  RequestStep(
      TenantRequest request,
      Instant occurredAt,
      String stepKey,
      String actor,
      String detail,
      boolean tenantVisible) {
    this.request = request;
    this.occurredAt = occurredAt;
    this.stepKey = stepKey;
    this.actor = actor;
    this.detail = detail;
    this.tenantVisible = tenantVisible;
  }

  public Long id() {
    return id;
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

  public String detail() {
    return detail;
  }

  public boolean tenantVisible() {
    return tenantVisible;
  }
}
