package fr.portail.interfaces.staff.web;

import fr.portail.application.BankDetailsReview;
import fr.portail.application.BankDetailsService;
import fr.portail.application.NotFoundException;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.interfaces.web.Format;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.bank.BankDetailsChangeProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The officer's task of a change of bank details: the details on file beside the new ones (what
 * changes marked), the RIB document shown in the page, and the decision — approve, or refuse with
 * the reason the tenant reads.
 */
@Named
@ViewScoped
public class BankDetailsTask extends StaffTaskPage {

  private static final long serialVersionUID = 1L;

  static final String FORM = "decisionForm";

  @Inject private BankDetailsService bankDetails;
  @Inject private Format format;

  private BankDetailsReview review;
  private String reason;

  @Override
  protected void loaded() {
    review = bankDetails.review(getRequest().id());
  }

  public String approve() {
    String outcome =
        complete(
            Map.of(BankDetailsChangeProcess.DECISION, BankDetailsChangeProcess.APPROVE),
            FORM,
            "rib.task.approved");
    if (outcome != null) {
      try {
        BankDetailsReview decided = bankDetails.review(getRequest().id());
        Messages.infoAfterRedirect("rib.task.effectiveFrom", format.date(decided.effectiveFrom()));
      } catch (NotFoundException e) {
        // Decided, and no longer in the officer's agencies: the inbox message is enough.
      }
    }
    return outcome;
  }

  public String reject() {
    if (reason == null || reason.isBlank()) {
      Messages.error(FORM + ":reason", "rib.task.reason.required");
      return null;
    }
    if (reason.strip().length() > TenantRequest.OUTCOME_MAX) {
      Messages.error(FORM + ":reason", "rib.task.reason.tooLong");
      return null;
    }
    return complete(
        Map.of(
            BankDetailsChangeProcess.DECISION,
            BankDetailsChangeProcess.REJECT,
            BankDetailsChangeProcess.REASON,
            reason.strip()),
        FORM,
        "rib.task.rejected");
  }

  @Override
  protected String fieldFor(String serviceField) {
    return "outcome".equals(serviceField) ? "reason" : serviceField;
  }

  public BankDetailsReview getReview() {
    return review;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
