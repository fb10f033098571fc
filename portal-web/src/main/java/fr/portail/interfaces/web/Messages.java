package fr.portail.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages from the portal's bundle, shown next to a field or at the top of a page. */
public final class Messages {

  public static final String BUNDLE = "fr.portail.interfaces.web.messages";

  /** The account pages' texts, in a bundle of their own. */
  public static final String ACCOUNT_BUNDLE = "fr.portail.interfaces.web.account";

  /** The texts of the change of bank details (RIB), in a bundle of their own. */
  public static final String RIB_BUNDLE = "fr.portail.interfaces.web.rib";

  /** The insurance renewal's texts (attestation page, officers' tasks), in a bundle of its own. */
  public static final String INSURANCE_BUNDLE = "fr.portail.interfaces.web.insurance";

  /** The names of requests' kinds, statuses and steps, shared with the e-mails (portal-ejb). */
  public static final String REQUEST_BUNDLE = "fr.portail.application.RequestTexts";

  /** The profile change pages' texts (tenant's forms, officer's task), in a bundle of their own. */
  public static final String PROFILE_BUNDLE = "fr.portail.interfaces.web.profile";

  /** The technical requests' texts (tenant form, staff tasks). */
  public static final String TECHNICAL_BUNDLE = "fr.portail.interfaces.web.technical";

  /** The technical managers' dashboard. */
  public static final String DASHBOARD_BUNDLE = "fr.portail.interfaces.web.dashboard";

  /** Where a message key is looked for, in this order. */
  private static final List<String> BUNDLES =
      List.of(
          BUNDLE,
          ACCOUNT_BUNDLE,
          REQUEST_BUNDLE,
          PROFILE_BUNDLE,
          RIB_BUNDLE,
          INSURANCE_BUNDLE,
          TECHNICAL_BUNDLE,
          DASHBOARD_BUNDLE);

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    String pattern = null;
    for (int i = 0; pattern == null && i < BUNDLES.size(); i++) {
      pattern = find(BUNDLES.get(i), key, locale);
    }
    if (pattern == null) {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString("error.unexpected");
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  private static String find(String bundle, String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(bundle, locale).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** An error next to the component with this client id (null: the page's global messages). */
  public static void error(String clientId, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** An information shown on the page the action redirects to. */
  public static void infoAfterRedirect(String key, Object... args) {
    info(key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
