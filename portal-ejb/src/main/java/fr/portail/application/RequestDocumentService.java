package fr.portail.application;

/** Files joined to requests, sent only to who may see the request. */
public interface RequestDocumentService {

  /** A file of one of the caller's requests (tenant); not found otherwise. */
  DocumentFile openForTenant(Long documentId);

  /** A file of a request of the calling staff member's scope; not found otherwise. */
  DocumentFile openForStaff(Long documentId);
}
