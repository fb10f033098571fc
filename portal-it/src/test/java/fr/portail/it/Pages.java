package fr.portail.it;

import java.util.List;

/** The portal's pages the tests visit, by audience. */
final class Pages {

  /** Every page of the tenant space. */
  static final List<String> TENANT =
      List.of(
          "/locataire/accueil.xhtml",
          "/locataire/dossier.xhtml",
          "/locataire/contrat.xhtml",
          "/locataire/solde.xhtml",
          "/locataire/documents.xhtml",
          "/locataire/demandes.xhtml",
          "/locataire/nouvelle-demande.xhtml",
          "/locataire/contact.xhtml",
          "/locataire/paiement.xhtml");

  /** The pages anyone may open (and the page of an unknown address). */
  static final List<String> PUBLIC =
      List.of(
          "/connexion.xhtml",
          "/accessibilite.xhtml",
          "/mentions-legales.xhtml",
          "/cgu.xhtml",
          "/confidentialite.xhtml",
          "/nexiste-pas.xhtml");

  private Pages() {}
}
