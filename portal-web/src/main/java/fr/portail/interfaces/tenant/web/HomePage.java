package fr.portail.interfaces.tenant.web;

import fr.portail.application.ActivityView;
import fr.portail.application.ContractSummary;
import fr.portail.application.TenantFileService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Accueil: each contract's file number, address and balance, the insurance alert and the latest
 * requests and payments.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LATEST = 8;

  @Inject private TenantFileService file;

  private List<ContractSummary> contracts;
  private List<ActivityView> activity;
  private boolean insuranceMissing;

  @PostConstruct
  void load() {
    contracts = file.myContracts();
    activity = file.latestActivity(LATEST);
    insuranceMissing = file.insuranceMissing();
  }

  public List<ActivityView> getActivity() {
    return activity;
  }

  public boolean isInsuranceMissing() {
    return insuranceMissing;
  }

  public List<ContractSummary> getContracts() {
    return contracts;
  }

  public LocalDate getToday() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }
}
