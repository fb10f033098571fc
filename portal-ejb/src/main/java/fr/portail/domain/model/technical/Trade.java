package fr.portail.domain.model.technical;

/** A trade (corps de métier): what a contractor does, and who is sent for a category. */
public enum Trade {
  PLOMBERIE,
  ELECTRICITE,
  CHAUFFAGE,
  MENUISERIE,
  SERRURERIE,
  VITRERIE,
  VENTILATION,
  ASCENSEUR,
  PORTES_AUTOMATIQUES,
  NETTOYAGE,
  ESPACES_VERTS,
  /** Small works of several trades, and what fits no other trade. */
  MULTISERVICE;

  public String labelKey() {
    return "trade." + name();
  }
}
