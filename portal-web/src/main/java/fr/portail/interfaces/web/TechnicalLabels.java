package fr.portail.interfaces.web;

import fr.portail.domain.model.technical.ContactSlot;
import fr.portail.domain.model.technical.TechnicalTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of the technical reference data in the reader's language: a slot ("Lundi matin (8 h –
 * 12 h)"), a category or trade, from the bundles of the technical texts and pages.
 */
@Named("technicalLabels")
@ApplicationScoped
public class TechnicalLabels {

  /** "Mardi après-midi (12 h – 17 h)". */
  public String slot(String code) {
    ContactSlot slot = ContactSlot.parse(code);
    Locale locale = locale();
    String day = slot.day().getDisplayName(TextStyle.FULL, locale);
    String part =
        ResourceBundle.getBundle(Messages.TECHNICAL_BUNDLE, locale)
            .getString(slot.part().labelKey());
    return Character.toUpperCase(day.charAt(0)) + day.substring(1) + " " + part;
  }

  /** The slots, one after the other: "Lundi matin (8 h – 12 h), mardi…". */
  public String slots(List<String> codes) {
    return codes.stream().map(this::slot).collect(Collectors.joining(", "));
  }

  /** A label of the technical reference data ("category.LOGEMENT_PLOMBERIE", "trade.…"). */
  public String text(String key) {
    return TechnicalTexts.text(key, locale());
  }

  static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.FRENCH
        : faces.getViewRoot().getLocale();
  }
}
