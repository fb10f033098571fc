package fr.portail.interfaces.staff.web;

import fr.portail.application.InsuranceRenewalService;
import fr.portail.application.RenewalReview;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.insurance.InsuranceRenewalProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The officer's check of an insurance attestation: what the tenant typed beside the attestation on
 * file (the rows that change highlighted), the document shown in the page, the earlier attestations
 * of the request, and the decision: accept, or refuse with the reason the tenant reads.
 */
@Named
@ViewScoped
public class InsuranceCheckTask extends StaffTaskPage {

  private static final long serialVersionUID = 1L;

  static final String FORM = "decisionForm";

  @Inject private InsuranceRenewalService insurance;

  private RenewalReview review;
  private String reason;

  @Override
  protected void loaded() {
    review = insurance.reviewForStaff(getRequest().id());
  }

  public String accept() {
    return complete(
        Map.of(InsuranceRenewalProcess.ACCEPTED, true, InsuranceRenewalProcess.REASON, ""),
        FORM,
        "task.insurance.accepted");
  }

  public String reject() {
    if (reason == null || reason.isBlank()) {
      Messages.error(FORM + ":reason", "task.reason.required");
      return null;
    }
    return complete(
        Map.of(InsuranceRenewalProcess.ACCEPTED, false, InsuranceRenewalProcess.REASON, reason),
        FORM,
        "task.insurance.rejected");
  }

  /** The rows of the comparison: what is on file and what the tenant typed, changed or not. */
  public List<Row> getRows() {
    RenewalReview.Submission sent = review == null ? null : review.pending();
    if (sent == null) {
      return List.of();
    }
    RenewalReview.Certificate file = review.current();
    List<Row> rows = new ArrayList<>();
    rows.add(row("task.insurance.insurer", file == null ? null : file.insurer(), sent.insurer()));
    rows.add(
        row(
            "task.insurance.policy",
            file == null ? null : file.policyNumber(),
            sent.policyNumber()));
    rows.add(
        row("task.insurance.validFrom", file == null ? null : file.validFrom(), sent.validFrom()));
    rows.add(row("task.insurance.validTo", file == null ? null : file.validTo(), sent.validTo()));
    return rows;
  }

  private static Row row(String labelKey, Object onFile, Object entered) {
    return new Row(labelKey, onFile, entered, !Objects.equals(onFile, entered));
  }

  @Override
  protected String fieldFor(String serviceField) {
    return "reason";
  }

  public RenewalReview getReview() {
    return review;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** One row of the comparison; the values are texts or dates (shown as dd/Mm/yyyy by the page). */
  public record Row(String labelKey, Object onFile, Object entered, boolean changed)
      implements java.io.Serializable {

    public boolean dates() {
      return entered instanceof LocalDate;
    }
  }
}
