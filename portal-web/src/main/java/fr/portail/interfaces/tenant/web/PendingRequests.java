package fr.portail.interfaces.tenant.web;

import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The tenant's open requests, for the banner "une demande de mise à jour est en cours" on the page
 * of the data under change; loaded once per page.
 */
@Named
@RequestScoped
public class PendingRequests {

  @Inject private RequestService requests;

  private List<RequestView> open;

  /** The open request of this kind (a RequestType's name) on the contract, or null. */
  public RequestView of(String type, Long contractId) {
    return open().stream()
        .filter(r -> r.type().equals(type))
        .filter(r -> contractId == null || contractId.equals(r.contractId()))
        .findFirst()
        .orElse(null);
  }

  /** The open request of this kind on any of the tenant's contracts, or null. */
  public RequestView of(String type) {
    return of(type, null);
  }

  private List<RequestView> open() {
    if (open == null) {
      open = requests.myRequests().stream().filter(RequestView::open).toList();
    }
    return open;
  }
}
