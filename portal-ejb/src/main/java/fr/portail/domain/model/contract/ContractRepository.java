package fr.portail.domain.model.contract;

import fr.portail.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds contracts and their account balance. */
public interface ContractRepository {

  Optional<Contract> find(Long id);

  Optional<Contract> findByFileNumber(FileNumber fileNumber);

  Optional<Contract> findByClientReference(ClientReference reference);

  List<Contract> findBySignatory(Long personId);

  Money balanceOf(Long contractId, LocalDate asOf);

  void store(Contract contract);

  void store(Person person);

  void store(LedgerEntry entry);
}
