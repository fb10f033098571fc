package fr.portail.interfaces.staff.web;

import fr.portail.application.NotFoundException;
import fr.portail.application.ProfileChangeService;
import fr.portail.application.ProfileChangeView;
import fr.portail.application.RequestView;
import fr.portail.workflow.profile.ProfileChangeProcess;
import fr.portail.workflow.profile.ProfileChangeProcess.Decision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The review task of a profile change: what the tenant proposes beside the file (changes
 * highlighted), the supporting documents shown in the page, and the three decisions.
 */
@Named
@ViewScoped
public class ProfileChangeTask extends StaffTaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private ProfileChangeService profileChanges;

  private ProfileChangeView proposal;

  @NotBlank(message = "{task.profile.reason.required}")
  @Size(max = 4000, message = "{task.profile.reason.tooLong}")
  private String reason;

  @NotBlank(message = "{task.profile.documentAsked.required}")
  @Size(max = 4000, message = "{task.profile.documentAsked.tooLong}")
  private String documentAsked;

  @Override
  protected void loaded() {
    try {
      proposal = profileChanges.proposalForStaff(getRequest().id());
    } catch (NotFoundException e) {
      proposal = null;
    }
  }

  public String approve() {
    return complete(
        Map.of(ProfileChangeProcess.DECISION, Decision.APPROVE.name()),
        "approveForm",
        "task.profile.approved");
  }

  public String reject() {
    return complete(
        Map.of(
            ProfileChangeProcess.DECISION,
            Decision.REJECT.name(),
            ProfileChangeProcess.REASON,
            stripped(reason)),
        "rejectForm",
        "task.profile.rejected");
  }

  public String askDocument() {
    return complete(
        Map.of(
            ProfileChangeProcess.DECISION,
            Decision.ASK_DOCUMENT.name(),
            ProfileChangeProcess.DOCUMENT_ASKED,
            stripped(documentAsked)),
        "documentForm",
        "task.profile.documentRequested");
  }

  /** The text without its outer spaces; empty when the field was not sent (refused downstream). */
  private static String stripped(String text) {
    return text == null ? "" : text.strip();
  }

  @Override
  protected String fieldFor(String serviceField) {
    return switch (serviceField) {
      case "outcome" -> "reason";
      case "detail" -> ProfileChangeProcess.DOCUMENT_ASKED;
      default -> serviceField;
    };
  }

  /** The supporting documents the tenant sent, oldest first. */
  public List<RequestView.Attachment> getSupportingDocuments() {
    return getRequest().documents().stream()
        .filter(d -> "SUPPORTING_DOCUMENT".equals(d.kind()))
        .toList();
  }

  public ProfileChangeView getProposal() {
    return proposal;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDocumentAsked() {
    return documentAsked;
  }

  public void setDocumentAsked(String documentAsked) {
    this.documentAsked = documentAsked;
  }
}
