package fr.portail.interfaces.tenant.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.ProfileChangeService;
import fr.portail.application.ProfileChangeView;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.FileParts;
import fr.portail.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * On the detail of a profile change: what the tenant proposed beside his file, and, while his
 * agency waits for it, the form that sends the supporting document it asked for.
 */
@Named
@ViewScoped
public class SendSupportingDocument implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProfileChangeService profileChanges;
  @Inject private RequestDetail detail;

  private ProfileChangeView proposal;
  private transient Part document;

  /** What the tenant proposed, beside his file (loaded once). */
  public ProfileChangeView getProposal() {
    RequestView request = detail.getRequest();
    if (proposal == null && request != null && "PROFILE_CHANGE".equals(request.type())) {
      try {
        proposal = profileChanges.myProposal(request.number());
      } catch (NotFoundException e) {
        proposal = null;
      }
    }
    return proposal;
  }

  /** What the agency asks for: the detail of its latest request of a document. */
  public String getAsked() {
    List<RequestView.Step> steps = detail.getRequest().steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if ("step.documentRequested".equals(steps.get(i).key())) {
        return steps.get(i).detail();
      }
    }
    return null;
  }

  public String send() {
    String number = detail.getRequest().number();
    try {
      profileChanges.sendSupportingDocument(number, FileParts.read(document));
      Messages.infoAfterRedirect("profile.document.sent");
      return "/locataire/demande.xhtml?faces-redirect=true&numero=" + number;
    } catch (InvalidInputException e) {
      Messages.error(e.field() == null ? null : "documentForm:" + e.field(), e.messageKey());
    }
    return null;
  }

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }
}
