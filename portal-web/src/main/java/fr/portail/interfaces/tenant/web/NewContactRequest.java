package fr.portail.interfaces.tenant.web;

import fr.portail.application.ContractSummary;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestService;
import fr.portail.application.RequestView;
import fr.portail.application.TenantFileService;
import fr.portail.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** "Demande de contact": the tenant asks his agency to contact him about one of his contracts. */
@Named
@ViewScoped
public class NewContactRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TenantFileService file;
  @Inject private RequestService requests;

  private List<ContractSummary> contracts;

  @NotNull(message = "{request.contract.required}")
  private Long contractId;

  @NotBlank(message = "{request.subject.required}")
  @Size(max = 150, message = "{request.subject.tooLong}")
  private String subject;

  @NotBlank(message = "{request.message.required}")
  @Size(max = 4000, message = "{request.message.tooLong}")
  private String message;

  @PostConstruct
  void load() {
    contracts = file.myContracts();
    if (contracts.size() == 1) {
      contractId = contracts.get(0).id();
    }
  }

  public String send() {
    try {
      RequestView sent = requests.submitContactRequest(contractId, subject, message);
      Messages.infoAfterRedirect("request.sent", sent.number());
      return "/locataire/demande.xhtml?faces-redirect=true&numero=" + sent.number();
    } catch (InvalidInputException e) {
      Messages.error("contactForm:" + e.field(), e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("contactForm:contract", "request.contract.required");
    }
    return null;
  }

  public List<ContractSummary> getContracts() {
    return contracts;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
