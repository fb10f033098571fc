package fr.portail.application.internal;

import fr.portail.application.DocumentFile;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestDocumentService;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
public class DefaultRequestDocumentService implements RequestDocumentService {

  @Resource private SessionContext session;
  @Inject private CallerAccounts callers;
  @Inject private RequestRepository requests;

  @Override
  @RolesAllowed(Role.TENANT_NAME)
  public DocumentFile openForTenant(Long documentId) {
    UserAccount tenant = callers.of(session.getCallerPrincipal());
    RequestDocument document = document(documentId);
    callers.requireSignedBy(document.request().contract(), tenant);
    return file(document);
  }

  @Override
  @RolesAllowed({
    Role.CUSTOMER_OFFICER_NAME,
    Role.CARETAKER_NAME,
    Role.TECHNICAL_MANAGER_NAME,
    Role.CONTRACTOR_NAME,
    Role.SOCIAL_ADVISOR_NAME
  })
  public DocumentFile openForStaff(Long documentId) {
    UserAccount staff = callers.of(session.getCallerPrincipal());
    RequestDocument document = document(documentId);
    callers.requireInScope(document.request(), staff);
    return file(document);
  }

  private RequestDocument document(Long documentId) {
    return requests
        .findDocument(documentId)
        .orElseThrow(() -> new NotFoundException("document " + documentId));
  }

  private static DocumentFile file(RequestDocument document) {
    return new DocumentFile(document.fileName(), document.type().contentType(), document.content());
  }
}
