package fr.portail.domain.model.agency;

/** What a unit is: a dwelling, a parking space or a shop. */
public enum UnitKind {
  LOGEMENT,
  PARKING,
  COMMERCE
}
