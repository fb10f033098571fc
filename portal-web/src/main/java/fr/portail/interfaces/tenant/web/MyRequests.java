package fr.portail.interfaces.tenant.web;

import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Mes demandes: every request of the tenant, newest first. */
@Named
@ViewScoped
public class MyRequests implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  private List<RequestView> all;

  @PostConstruct
  void load() {
    all = requests.myRequests();
  }

  public List<RequestView> getAll() {
    return all;
  }
}
