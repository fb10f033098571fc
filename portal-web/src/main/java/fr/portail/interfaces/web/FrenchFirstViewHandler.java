package fr.portail.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * French first: a browser that states no language preference gets French, not the server's own
 * locale; one that asks for English (and supports no French) gets English.
 */
public class FrenchFirstViewHandler extends ViewHandlerWrapper {

  public FrenchFirstViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
      return Locale.FRENCH;
    }
    return getWrapped().calculateLocale(context);
  }
}
