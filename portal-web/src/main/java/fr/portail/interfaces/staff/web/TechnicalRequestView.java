package fr.portail.interfaces.staff.web;

import fr.portail.application.AccessDeniedException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestView;
import fr.portail.application.TechnicalRequestService;
import fr.portail.application.TechnicalView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The technical part of the staff's request view: the report, complements and interventions. */
@Named
@ViewScoped
public class TechnicalRequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalRequestService technical;
  @Inject private RequestHistoryPage page;

  private TechnicalView report;

  /** After the request view's own loading, when it is a technical request. */
  public void load() {
    RequestView request = page.getRequest();
    if (request == null || page.getTrace() == null || !"TECHNICAL".equals(request.type())) {
      return;
    }
    try {
      report = technical.reportForStaff(request.id());
    } catch (NotFoundException | AccessDeniedException e) {
      report = null;
    }
  }

  public TechnicalView getReport() {
    return report;
  }
}
