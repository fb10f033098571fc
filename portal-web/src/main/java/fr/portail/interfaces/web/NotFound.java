package fr.portail.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers 404: the page of another tenant's resource looks exactly like a missing one. */
public final class NotFound {

  private NotFound() {}

  public static void respond() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
