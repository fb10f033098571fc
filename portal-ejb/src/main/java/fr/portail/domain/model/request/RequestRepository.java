package fr.portail.domain.model.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores tenant requests; hands out request numbers. */
public interface RequestRepository {

  String nextNumber();

  Optional<TenantRequest> find(Long id);

  Optional<TenantRequest> findByNumber(String number);

  List<TenantRequest> findByContracts(Collection<Long> contractIds);

  void store(TenantRequest request);
}
