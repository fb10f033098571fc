package fr.portail.domain.model.contract;

/** A contract is active until the tenant leaves. */
public enum ContractStatus {
  ACTIVE,
  ENDED
}
