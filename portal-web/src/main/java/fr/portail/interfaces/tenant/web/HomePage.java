package fr.portail.interfaces.tenant.web;

import fr.portail.application.ContractSummary;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.application.TenantFileService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Accueil: each contract's file number, address and balance, and the latest requests. */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LATEST = 5;

  @Inject private TenantFileService file;
  @Inject private RequestService requests;

  private List<ContractSummary> contracts;
  private List<RequestView> latestRequests;
  private String name;

  @PostConstruct
  void load() {
    contracts = file.myContracts();
    latestRequests = requests.myRequests().stream().limit(LATEST).toList();
    name = file.myName();
  }

  public List<ContractSummary> getContracts() {
    return contracts;
  }

  public List<RequestView> getLatestRequests() {
    return latestRequests;
  }

  public String getName() {
    return name;
  }

  public LocalDate getToday() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }
}
