package fr.portail.domain.model.contract;

/** Civilité as printed on the occupants table. */
public enum Civility {
  MME,
  M,
  STE
}
