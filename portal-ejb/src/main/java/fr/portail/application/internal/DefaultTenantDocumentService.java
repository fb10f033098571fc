package fr.portail.application.internal;

import fr.portail.application.DocumentFile;
import fr.portail.application.DocumentsView;
import fr.portail.application.NotFoundException;
import fr.portail.application.TenantDocumentService;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.DocumentKind;
import fr.portail.domain.model.contract.TenantDocument;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

@Stateless
@RolesAllowed(Role.TENANT_NAME)
public class DefaultTenantDocumentService implements TenantDocumentService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private ContractRepository contracts;
  @Inject private Clock clock;

  @Override
  public List<DocumentsView> myDocuments() {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    if (tenant.person() == null) {
      return List.of();
    }
    return contracts.findBySignatory(tenant.person().id()).stream()
        .filter(Contract::isActive)
        .map(
            c -> {
              List<ContractRepository.DocumentEntry> docs = contracts.documentsOf(c.id());
              return new DocumentsView(
                  c.id(),
                  c.fileNumber().value(),
                  c.paperlessSince(),
                  of(docs, DocumentKind.RECEIPT),
                  of(docs, DocumentKind.RENT_NOTICE));
            })
        .toList();
  }

  @Override
  public DocumentFile download(Long documentId) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    TenantDocument document =
        contracts
            .findDocument(documentId)
            .orElseThrow(() -> new NotFoundException("document " + documentId));
    callers.requireSignedBy(document.contract(), tenant);
    return new DocumentFile(document.fileName(), document.contentType(), document.content());
  }

  @Override
  public void subscribePaperless(Long contractId) {
    myContract(contractId).subscribePaperless(clock.instant());
  }

  @Override
  public void stopPaperless(Long contractId) {
    myContract(contractId).stopPaperless();
  }

  private Contract myContract(Long contractId) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    return contracts
        .find(contractId)
        .map(c -> callers.requireSignedBy(c, tenant))
        .filter(Contract::isActive)
        .orElseThrow(() -> new NotFoundException("contrat " + contractId));
  }

  private static List<DocumentsView.Document> of(
      List<ContractRepository.DocumentEntry> docs, DocumentKind kind) {
    return docs.stream()
        .filter(d -> d.kind() == kind)
        .map(d -> new DocumentsView.Document(d.id(), d.month()))
        .toList();
  }
}
