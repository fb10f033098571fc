package fr.portail.interfaces.tenant.web;

import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.application.TechnicalForm;
import fr.portail.application.TechnicalForm.ContractChoice;
import fr.portail.application.TechnicalRequestService;
import fr.portail.application.TechnicalView;
import fr.portail.interfaces.web.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The page after a technical request is sent: its reference number, the step it is at, and, for an
 * emergency outside opening hours, the agency's on-call number once more.
 */
@Named
@ViewScoped
public class TechnicalRequestSent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;
  @Inject private TechnicalRequestService technical;

  private String number;
  private RequestView request;
  private TechnicalView report;
  private ContractChoice onCall;
  private boolean outsideOfficeHours;

  public void load() {
    try {
      request = requests.myRequest(number);
      report = technical.myReport(number);
      TechnicalForm form = technical.newRequestForm();
      outsideOfficeHours = form.outsideOfficeHours();
      onCall =
          form.contracts().stream()
              .filter(c -> c.id().equals(request.contractId()))
              .findFirst()
              .orElse(null);
    } catch (NotFoundException e) {
      NotFound.respond();
    }
  }

  /** An urgent request sent while the agency is closed: call the on-call number now. */
  public boolean isCallOnCall() {
    return "URGENT".equals(report.urgency())
        && outsideOfficeHours
        && onCall != null
        && onCall.onCallPhone() != null;
  }

  public List<String> getSlots() {
    return report.slots();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public RequestView getRequest() {
    return request;
  }

  public TechnicalView getReport() {
    return report;
  }

  public ContractChoice getOnCall() {
    return onCall;
  }
}
