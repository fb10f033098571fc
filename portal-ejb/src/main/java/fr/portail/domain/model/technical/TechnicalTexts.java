package fr.portail.domain.model.technical;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels and explanations of the technical reference data, in the bundle {@value #BUNDLE}:
 * French first, English second. The Faces pages may declare the same bundle directly.
 */
public final class TechnicalTexts {

  public static final String BUNDLE = "fr.portail.domain.model.technical.categories";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private TechnicalTexts() {}

  /**
   * English for English, French for any other language: the server's default locale must not pick
   * the tenant's language.
   */
  public static ResourceBundle bundle(Locale locale) {
    Locale language =
        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    return ResourceBundle.getBundle(
        BUNDLE, language, TechnicalTexts.class.getClassLoader(), NO_FALLBACK);
  }

  public static String text(String key, Locale locale) {
    return bundle(locale).getString(key);
  }
}
