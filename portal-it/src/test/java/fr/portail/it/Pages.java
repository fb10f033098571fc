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
          "/locataire/nouvelle-demande-technique.xhtml",
          "/locataire/contact.xhtml",
          "/locataire/paiement.xhtml",
          "/locataire/adresse-email.xhtml",
          "/locataire/mot-de-passe.xhtml");

  /** The pages anyone may open (and the page of an unknown address). */
  static final List<String> PUBLIC =
      List.of(
          "/connexion.xhtml",
          "/accessibilite.xhtml",
          "/mentions-legales.xhtml",
          "/cgu.xhtml",
          "/confidentialite.xhtml",
          "/inscription.xhtml",
          "/mot-de-passe-oublie.xhtml",
          "/identifiants-oublies.xhtml",
          "/nouveau-mot-de-passe.xhtml",
          "/confirmation.xhtml",
          "/confirmation-email.xhtml",
          "/nexiste-pas.xhtml");

  private Pages() {}
}
