package fr.portail.application;

import java.util.List;

/** The tenant's documents and his paperless subscription. */
public interface TenantDocumentService {

  /** Receipts and rent notices of each active contract, newest first. */
  List<DocumentsView> myDocuments();

  /** One of the caller's documents; not found if it is not his. */
  DocumentFile download(Long documentId);

  /** Rent notices by e-mail only, from now on (consent). */
  void subscribePaperless(Long contractId);

  /** Back to paper rent notices. */
  void stopPaperless(Long contractId);
}
