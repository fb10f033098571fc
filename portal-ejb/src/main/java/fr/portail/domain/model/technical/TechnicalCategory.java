package fr.portail.domain.model.technical;

import java.util.Arrays;
import java.util.List;

/**
 * What a technical request is about, as the tenant chooses it: a sub-category of an area, with the
 * trade that usually repairs it. The order is the order of the choice lists.
 */
public enum TechnicalCategory {
  LOGEMENT_PLOMBERIE(TechnicalArea.LOGEMENT, Trade.PLOMBERIE),
  LOGEMENT_SANITAIRES(TechnicalArea.LOGEMENT, Trade.PLOMBERIE),
  LOGEMENT_ELECTRICITE(TechnicalArea.LOGEMENT, Trade.ELECTRICITE),
  LOGEMENT_CHAUFFAGE(TechnicalArea.LOGEMENT, Trade.CHAUFFAGE),
  LOGEMENT_MENUISERIE(TechnicalArea.LOGEMENT, Trade.MENUISERIE),
  LOGEMENT_SERRURERIE(TechnicalArea.LOGEMENT, Trade.SERRURERIE),
  LOGEMENT_VITRERIE(TechnicalArea.LOGEMENT, Trade.VITRERIE),
  LOGEMENT_VENTILATION(TechnicalArea.LOGEMENT, Trade.VENTILATION),
  LOGEMENT_REVETEMENTS(TechnicalArea.LOGEMENT, Trade.MULTISERVICE),
  LOGEMENT_AUTRE(TechnicalArea.LOGEMENT, Trade.MULTISERVICE),

  PARKING_PORTE(TechnicalArea.GARAGE_PARKING, Trade.PORTES_AUTOMATIQUES),
  PARKING_TELECOMMANDE(TechnicalArea.GARAGE_PARKING, Trade.PORTES_AUTOMATIQUES),
  PARKING_ECLAIRAGE(TechnicalArea.GARAGE_PARKING, Trade.ELECTRICITE),
  PARKING_MARQUAGE(TechnicalArea.GARAGE_PARKING, Trade.MULTISERVICE),
  PARKING_PROPRETE(TechnicalArea.GARAGE_PARKING, Trade.NETTOYAGE),
  PARKING_AUTRE(TechnicalArea.GARAGE_PARKING, Trade.MULTISERVICE),

  COMMUNS_ASCENSEUR(TechnicalArea.PARTIES_COMMUNES, Trade.ASCENSEUR),
  COMMUNS_ECLAIRAGE(TechnicalArea.PARTIES_COMMUNES, Trade.ELECTRICITE),
  COMMUNS_PROPRETE(TechnicalArea.PARTIES_COMMUNES, Trade.NETTOYAGE),
  COMMUNS_INTERPHONE(TechnicalArea.PARTIES_COMMUNES, Trade.ELECTRICITE),
  COMMUNS_BOITES_AUX_LETTRES(TechnicalArea.PARTIES_COMMUNES, Trade.SERRURERIE),
  COMMUNS_PORTES(TechnicalArea.PARTIES_COMMUNES, Trade.SERRURERIE),
  COMMUNS_ESPACES_VERTS(TechnicalArea.PARTIES_COMMUNES, Trade.ESPACES_VERTS),
  COMMUNS_ORDURES(TechnicalArea.PARTIES_COMMUNES, Trade.NETTOYAGE),
  COMMUNS_AUTRE(TechnicalArea.PARTIES_COMMUNES, Trade.MULTISERVICE);

  private final TechnicalArea area;
  private final Trade trade;

  TechnicalCategory(TechnicalArea area, Trade trade) {
    this.area = area;
    this.trade = trade;
  }

  public TechnicalArea area() {
    return area;
  }

  /** The trade of the contractor the technical manager usually orders the intervention from. */
  public Trade trade() {
    return trade;
  }

  public String labelKey() {
    return "category." + name();
  }

  /** The sub-categories of an area, in the order of the choice list. */
  public static List<TechnicalCategory> of(TechnicalArea area) {
    return Arrays.stream(values()).filter(c -> c.area == area).toList();
  }
}
