package fr.portail.domain.model.contract;

import java.text.Normalizer;
import java.util.Locale;

/** Compares names as a person types them: case, accents, hyphens and extra spaces do not matter. */
final class Names {

  private Names() {}

  static boolean same(String a, String b) {
    return a != null && b != null && fold(a).equals(fold(b));
  }

  static String fold(String name) {
    String unligatured =
        name.replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE");
    String noAccents =
        Normalizer.normalize(unligatured, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-']+", " ").strip();
  }
}
