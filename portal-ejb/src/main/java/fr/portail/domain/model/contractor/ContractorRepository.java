package fr.portail.domain.model.contractor;

import fr.portail.domain.model.technical.Trade;
import java.util.List;
import java.util.Optional;

/** Finds and stores the contractors interventions are ordered from. */
public interface ContractorRepository {

  Optional<Contractor> find(Long id);

  Optional<Contractor> findBySiret(Siret siret);

  /** The active contractors of a trade that serve the agency (by its code), by company name. */
  List<Contractor> findByTradeAndAgency(Trade trade, String agencyCode);

  /** Every contractor, active or not, by company name. */
  List<Contractor> findAll();

  void store(Contractor contractor);
}
