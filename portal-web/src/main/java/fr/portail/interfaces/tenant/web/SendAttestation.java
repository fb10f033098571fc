package fr.portail.interfaces.tenant.web;

import fr.portail.application.AttestationInput;
import fr.portail.application.InsuranceRenewalService;
import fr.portail.application.InsuranceStatusView;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.FileParts;
import fr.portail.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * "Mon attestation d'assurance habitation": the insurance of the chosen housing contract (on file,
 * under review, refused with its reason, insured on the tenant's behalf) and the form that sends a
 * new attestation, which opens a renewal or answers the one the agency opened.
 */
@Named
@ViewScoped
public class SendAttestation implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "attestationForm";

  @Inject private InsuranceRenewalService insurance;

  private Long contractId;
  private List<InsuranceStatusView> contracts = List.of();
  private InsuranceStatusView selected;
  private String insurer;
  private String policyNumber;
  private LocalDate validFrom;
  private LocalDate validTo;
  private transient Part attestation;

  /**
   * Loads the tenant's housing contracts and selects the one asked for; when it is not one of his
   * (or none is asked) and he has only one, that one.
   */
  public void load() {
    contracts = insurance.myInsurance();
    selected =
        contracts.stream()
            .filter(c -> c.contractId().equals(contractId))
            .findFirst()
            .orElse(contracts.size() == 1 ? contracts.get(0) : null);
    contractId = selected == null ? null : selected.contractId();
  }

  public String send() {
    if (selected == null) {
      Messages.error(null, "attestation.contract.required");
      return null;
    }
    try {
      RequestView sent =
          insurance.sendAttestation(
              selected.contractId(),
              new AttestationInput(insurer, policyNumber, validFrom, validTo),
              FileParts.read(attestation));
      Messages.infoAfterRedirect("attestation.sent", sent.number());
      return "/locataire/demande.xhtml?faces-redirect=true&numero=" + sent.number();
    } catch (InvalidInputException e) {
      Messages.error(e.field() == null ? null : FORM + ":" + e.field(), e.messageKey());
    } catch (NotFoundException e) {
      Messages.error(null, "attestation.contract.required");
    }
    return null;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public List<InsuranceStatusView> getContracts() {
    return contracts;
  }

  public InsuranceStatusView getSelected() {
    return selected;
  }

  public String getInsurer() {
    return insurer;
  }

  public void setInsurer(String insurer) {
    this.insurer = insurer;
  }

  public String getPolicyNumber() {
    return policyNumber;
  }

  public void setPolicyNumber(String policyNumber) {
    this.policyNumber = policyNumber;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public Part getAttestation() {
    return attestation;
  }

  public void setAttestation(Part attestation) {
    this.attestation = attestation;
  }
}
