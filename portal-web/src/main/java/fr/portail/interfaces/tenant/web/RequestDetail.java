package fr.portail.interfaces.tenant.web;

import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One request of the tenant with its steps; another tenant's number answers 404. */
@Named
@ViewScoped
public class RequestDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  private String number;
  private RequestView request;

  public void load() {
    try {
      request = requests.myRequest(number);
    } catch (NotFoundException e) {
      NotFound.respond();
    }
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
}
