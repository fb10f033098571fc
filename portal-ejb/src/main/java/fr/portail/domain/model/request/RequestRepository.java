package fr.portail.domain.model.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores tenant requests and their documents; hands out request numbers. */
public interface RequestRepository {

  String nextNumber();

  Optional<TenantRequest> find(Long id);

  Optional<TenantRequest> findByNumber(String number);

  List<TenantRequest> findByContracts(Collection<Long> contractIds);

  /** The open request of this kind on the contract, if any (newest first if several). */
  Optional<TenantRequest> findOpen(Long contractId, RequestType type);

  void store(TenantRequest request);

  void store(RequestDocument document);

  Optional<RequestDocument> findDocument(Long documentId);

  /** The documents of a request, oldest first, without their content. */
  List<RequestDocument.Entry> documentsOf(Long requestId);
}
