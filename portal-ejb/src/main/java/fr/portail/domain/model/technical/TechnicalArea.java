package fr.portail.domain.model.technical;

/** Where the problem is: in the tenant's home, in a garage or car park, or in the common parts. */
public enum TechnicalArea {
  LOGEMENT,
  GARAGE_PARKING,
  PARTIES_COMMUNES;

  public String labelKey() {
    return "area." + name();
  }
}
