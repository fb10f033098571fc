package fr.portail.interfaces.tenant.web;

import fr.portail.application.BalanceView;
import fr.portail.application.ContactView;
import fr.portail.application.ContractDetail;
import fr.portail.application.TenantFileService;
import fr.portail.application.TenantFileView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The read-only pages of the tenant's file: "Mon dossier", "Mon contrat", "Ma situation de solde"
 * and "Nous contacter"; each loads what it shows, once per request.
 */
@Named
@RequestScoped
public class FilePage {

  @Inject private TenantFileService file;

  private TenantFileView details;
  private List<ContractDetail> contracts;
  private List<BalanceView> balances;
  private List<ContactView> contacts;

  public TenantFileView getDetails() {
    if (details == null) {
      details = file.myFile();
    }
    return details;
  }

  public List<ContractDetail> getContracts() {
    if (contracts == null) {
      contracts = file.myContractDetails();
    }
    return contracts;
  }

  public List<BalanceView> getBalances() {
    if (balances == null) {
      balances = file.myBalances();
    }
    return balances;
  }

  public List<ContactView> getContacts() {
    if (contacts == null) {
      contacts = file.myContacts();
    }
    return contacts;
  }
}
