package fr.portail.domain.model.contract;

/** The kinds of contract a tenant may hold, as the seeds group them. */
public enum ContractKind {
  LOGEMENT,
  STATIONNEMENT,
  FACTURATION
}
