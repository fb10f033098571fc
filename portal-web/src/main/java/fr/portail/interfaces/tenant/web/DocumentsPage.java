package fr.portail.interfaces.tenant.web;

import fr.portail.application.DocumentsView;
import fr.portail.application.NotFoundException;
import fr.portail.application.TenantDocumentService;
import fr.portail.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Mes documents": receipts and rent notices per contract, and the paperless subscription. */
@Named
@ViewScoped
public class DocumentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TenantDocumentService documents;

  private List<DocumentsView> contracts;

  @PostConstruct
  void load() {
    contracts = documents.myDocuments();
  }

  public void stopPaperless(Long contractId) {
    try {
      documents.stopPaperless(contractId);
      Messages.info("documents.paperless.stopped");
    } catch (NotFoundException e) {
      Messages.error(null, "error.404.text");
    }
    load();
  }

  public void subscribePaperless(Long contractId) {
    try {
      documents.subscribePaperless(contractId);
      Messages.info("documents.paperless.subscribed");
    } catch (NotFoundException e) {
      Messages.error(null, "error.404.text");
    }
    load();
  }

  public List<DocumentsView> getContracts() {
    return contracts;
  }
}
