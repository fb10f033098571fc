package fr.portail.domain.model.technical;

import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_CHAUFFAGE;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_ELECTRICITE;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_MENUISERIE;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_PLOMBERIE;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_REVETEMENTS;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_SANITAIRES;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_SERRURERIE;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_VENTILATION;
import static fr.portail.domain.model.technical.TechnicalCategory.LOGEMENT_VITRERIE;
import static fr.portail.domain.model.technical.TechnicalCategory.PARKING_ECLAIRAGE;
import static fr.portail.domain.model.technical.TechnicalCategory.PARKING_MARQUAGE;
import static fr.portail.domain.model.technical.TechnicalCategory.PARKING_PORTE;
import static fr.portail.domain.model.technical.TechnicalCategory.PARKING_PROPRETE;
import static fr.portail.domain.model.technical.TechnicalCategory.PARKING_TELECOMMANDE;
import static fr.portail.domain.model.technical.UpkeepResponsibility.LANDLORD;
import static fr.portail.domain.model.technical.UpkeepResponsibility.TENANT;

import java.util.Arrays;
import java.util.List;

/**
 * Typical repairs of a category with who usually bears them: the tenant for the "réparations
 * locatives" listed in the annex of the décret n° 87-712 (section in the comment), the landlord for
 * wear, defects, force majeure and the building's own equipment.
 */
public enum TypicalRepair {
  // IV a: canalisations d'eau, dégorgement, joints et colliers; IV d: robinets.
  JOINTS_ET_COLLIERS(LOGEMENT_PLOMBERIE, TENANT),
  ROBINETS_ENTRETIEN(LOGEMENT_PLOMBERIE, TENANT),
  DEBOUCHAGE_JUSQU_A_LA_COLONNE(LOGEMENT_PLOMBERIE, TENANT),
  COLONNE_COMMUNE(LOGEMENT_PLOMBERIE, LANDLORD),
  CANALISATION_USEE(LOGEMENT_PLOMBERIE, LANDLORD),

  // IV d: chasses d'eau; IV e: calcaire, flexibles de douche.
  FLEXIBLE_DE_DOUCHE(LOGEMENT_SANITAIRES, TENANT),
  CHASSE_D_EAU_JOINTS_FLOTTEUR(LOGEMENT_SANITAIRES, TENANT),
  JOINTS_SANITAIRES(LOGEMENT_SANITAIRES, TENANT),
  DETARTRAGE(LOGEMENT_SANITAIRES, TENANT),
  APPAREIL_SANITAIRE_USE(LOGEMENT_SANITAIRES, LANDLORD),

  // V: interrupteurs, prises, coupe-circuits, fusibles, ampoules, tubes.
  AMPOULES_ET_TUBES(LOGEMENT_ELECTRICITE, TENANT),
  PRISES_ET_INTERRUPTEURS(LOGEMENT_ELECTRICITE, TENANT),
  FUSIBLES(LOGEMENT_ELECTRICITE, TENANT),
  INSTALLATION_VETUSTE(LOGEMENT_ELECTRICITE, LANDLORD),

  // IV d: petites pièces des appareils à gaz, corps de chauffe; entretien annuel (décret 2009-649).
  CHAUDIERE_ENTRETIEN_ANNUEL(LOGEMENT_CHAUFFAGE, TENANT),
  CHAUDIERE_PETITES_PIECES(LOGEMENT_CHAUFFAGE, TENANT),
  RADIATEURS_PURGE(LOGEMENT_CHAUFFAGE, TENANT),
  CHAUDIERE_REMPLACEMENT(LOGEMENT_CHAUFFAGE, LANDLORD),
  CHAUFFAGE_COLLECTIF(LOGEMENT_CHAUFFAGE, LANDLORD),

  // II a: gonds, poignées, crémones; II c: stores et volets; III c: placards, plinthes.
  GONDS_ET_POIGNEES(LOGEMENT_MENUISERIE, TENANT),
  VOLETS_ET_STORES_ENTRETIEN(LOGEMENT_MENUISERIE, TENANT),
  PLACARDS_ET_PLINTHES(LOGEMENT_MENUISERIE, TENANT),
  MENUISERIE_HORS_D_USAGE(LOGEMENT_MENUISERIE, LANDLORD),

  // II d: serrures et verrous, petites pièces, clés égarées ou détériorées.
  SERRURE_PETITES_PIECES(LOGEMENT_SERRURERIE, TENANT),
  CLES_PERDUES(LOGEMENT_SERRURERIE, TENANT),
  SERRURE_USEE(LOGEMENT_SERRURERIE, LANDLORD),

  // II b: mastics, vitres détériorées.
  VITRE_CASSEE(LOGEMENT_VITRERIE, TENANT),
  MASTICS(LOGEMENT_VITRERIE, TENANT),
  DOUBLE_VITRAGE_EMBUE(LOGEMENT_VITRERIE, LANDLORD),

  // VI d: conduits de ventilation; entretien courant des bouches.
  BOUCHES_D_AERATION(LOGEMENT_VENTILATION, TENANT),
  VMC_EN_PANNE(LOGEMENT_VENTILATION, LANDLORD),

  // III a: peintures, tapisseries, faïence, trous; III b: sols.
  RACCORDS_DE_PEINTURE(LOGEMENT_REVETEMENTS, TENANT),
  QUELQUES_CARREAUX_OU_LAMES(LOGEMENT_REVETEMENTS, TENANT),
  INFILTRATION_OU_HUMIDITE(LOGEMENT_REVETEMENTS, LANDLORD),

  // II a: sections ouvrantes (the box is let to the tenant); the car park's gate is the building's.
  PORTE_DE_BOX_GRAISSAGE(PARKING_PORTE, TENANT),
  PORTE_COLLECTIVE_EN_PANNE(PARKING_PORTE, LANDLORD),

  // II d by analogy with lost keys.
  TELECOMMANDE_PERDUE(PARKING_TELECOMMANDE, TENANT),
  TELECOMMANDE_PILE(PARKING_TELECOMMANDE, TENANT),
  TELECOMMANDE_DEFECTUEUSE(PARKING_TELECOMMANDE, LANDLORD),

  ECLAIRAGE_DU_PARKING(PARKING_ECLAIRAGE, LANDLORD),
  MARQUAGE_AU_SOL(PARKING_MARQUAGE, LANDLORD),
  NETTOYAGE_DU_PARKING(PARKING_PROPRETE, LANDLORD);

  private final TechnicalCategory category;
  private final UpkeepResponsibility responsibility;

  TypicalRepair(TechnicalCategory category, UpkeepResponsibility responsibility) {
    this.category = category;
    this.responsibility = responsibility;
  }

  public TechnicalCategory category() {
    return category;
  }

  /** Never {@link UpkeepResponsibility#DEPENDS}: a typical repair is precise enough to say. */
  public UpkeepResponsibility responsibility() {
    return responsibility;
  }

  public String labelKey() {
    return "repair." + name();
  }

  /** The typical repairs of a category, tenant's first as in the décret's list. */
  public static List<TypicalRepair> of(TechnicalCategory category) {
    return Arrays.stream(values()).filter(r -> r.category == category).toList();
  }
}
